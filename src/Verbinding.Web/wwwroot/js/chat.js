// Live web chat over SignalR. The page works without this file (form posts); this adds live messages
// from Wout and colleagues without reloading. The conversation token stays in an HttpOnly cookie: the
// hub reads it from the connection, so no script ever sees it.
(function () {
  "use strict";
  var root = document.getElementById("chat");
  if (!root || !window.signalR) {
    return;
  }
  var id = root.dataset.conversationId;
  var list = document.getElementById("chat-list");
  var quick = document.getElementById("chat-quick");
  var stateText = document.getElementById("chat-state");
  var alertText = document.getElementById("chat-alert");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("bericht");
  var state = root.dataset.state;
  var seen = {};
  Array.prototype.forEach.call(list.querySelectorAll("[data-id]"), function (li) { seen[li.dataset.id] = true; });

  var connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/chat")
    .withAutomaticReconnect()
    .build();

  function clientId() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(16).slice(2);
  }

  function time(iso) {
    var d = new Date(iso);
    return d.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function render(message) {
    if (seen[message.id]) {
      return;
    }
    seen[message.id] = true;
    var li = element("li", "chat-message chat-message--" + message.author);
    li.dataset.id = message.id;
    var meta = element("p", "chat-message__meta");
    meta.appendChild(element("span", "chat-message__author", root.dataset["label" + message.author.charAt(0).toUpperCase() + message.author.slice(1)] || ""));
    var t = element("time", "chat-message__time", time(message.time));
    t.setAttribute("datetime", message.time);
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(t);
    li.appendChild(meta);
    li.appendChild(element("p", "chat-message__text", message.text));
    var links = (message.actions || []).filter(function (a) { return a.kind !== "quick-reply"; });
    if (links.length) {
      var ul = element("ul", "chat-message__links");
      links.forEach(function (a) {
        var item = element("li");
        var link = element("a", "utrecht-link", a.label);
        link.href = a.href;
        item.appendChild(link);
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    list.appendChild(li);
    li.scrollIntoView({ block: "nearest" });
  }

  function renderQuickReplies(messages) {
    if (!messages.some(function (m) { return m.author === "bot" || m.author === "citizen"; })) {
      return;
    }
    quick.textContent = "";
    if (state !== "bot") {
      return;
    }
    var actions = [];
    messages.forEach(function (m) {
      if (m.author === "bot") {
        (m.actions || []).forEach(function (a) { if (a.kind === "quick-reply") { actions.push(a); } });
      }
    });
    if (!actions.length) {
      return;
    }
    var label = element("p", "utrecht-paragraph chat-quick__label", root.dataset.quickLabel);
    label.id = "quick-label";
    var ul = element("ul", "chat-quick__list");
    ul.setAttribute("aria-labelledby", "quick-label");
    actions.forEach(function (a) {
      var li = element("li");
      var button = element("button", "utrecht-button utrecht-button--secondary-action", a.label);
      button.type = "button";
      button.addEventListener("click", function () { send(a.href, true); });
      li.appendChild(button);
      ul.appendChild(li);
    });
    quick.appendChild(label);
    quick.appendChild(ul);
  }

  function setState(next) {
    if (next === state) {
      return;
    }
    state = next;
    root.dataset.state = next;
    stateText.textContent = root.dataset["state" + next.charAt(0).toUpperCase() + next.slice(1)] || "";
    if (next === "closed" && form) {
      form.hidden = true;
    }
  }

  function apply(update) {
    setState(update.state);
    update.messages.forEach(render);
    renderQuickReplies(update.messages);
  }

  function send(text, fromButton) {
    alertText.textContent = "";
    return connection.invoke("SendMessage", id, null, text, clientId()).then(function () {
      if (!fromButton) {
        input.value = "";
      }
      input.focus();
    }, function () {
      alertText.textContent = root.dataset.sendFailed;
    });
  }

  function join() {
    return connection.invoke("JoinConversation", id, null).then(function (transcript) {
      transcript.messages.forEach(render);
      setState(transcript.state);
      root.dataset.live = "true";
    });
  }

  connection.on("messages", apply);
  connection.onreconnected(join);

  // Quick-reply forms rendered by the server keep working; with a live connection they go over the hub.
  quick.addEventListener("submit", function (event) {
    if (connection.state !== signalR.HubConnectionState.Connected) {
      return;
    }
    event.preventDefault();
    send(event.target.querySelector("input[name=Text]").value, true);
  });

  if (form) {
    form.addEventListener("submit", function (event) {
      if (connection.state !== signalR.HubConnectionState.Connected) {
        return; // falls back to the normal form post
      }
      event.preventDefault();
      var text = input.value.trim();
      if (!text) {
        input.focus();
        return;
      }
      send(text, false);
    });
    input.addEventListener("keydown", function (event) {
      // Enter sends, Shift+Enter starts a new line (the usual chat convention).
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  connection.start().then(join).catch(function () {
    // No live connection: the page still works with form posts.
  });
})();
