// Agents' workspace, live over SignalR: new handoffs refresh the queue and show a count in the title;
// an open conversation shows the citizen's messages as they arrive; the first-response clock ticks.
// Every action also works as a plain form post without this file.
(function () {
  "use strict";
  if (!window.signalR) {
    return;
  }
  var live = document.getElementById("workspace-live");
  var workspace = document.querySelector("[data-workspace]");
  var facts = document.getElementById("conversation-facts");
  var list = document.getElementById("chat-list");
  var labels = document.getElementById("chat");
  var replyForm = document.getElementById("reply-form");
  var baseTitle = document.title;
  var seen = {};
  if (list) {
    Array.prototype.forEach.call(list.querySelectorAll("[data-id]"), function (li) { seen[li.dataset.id] = true; });
  }

  var connection = new signalR.HubConnectionBuilder().withUrl("/hubs/chat").withAutomaticReconnect().build();

  function badge(count) {
    document.title = count > 0 ? "(" + count + ") " + baseTitle : baseTitle;
  }

  function refreshQueue() {
    return fetch(window.location.pathname, { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-workspace]");
      if (fresh && workspace) {
        workspace.innerHTML = fresh.innerHTML;
        var count = workspace.querySelector("[data-waiting-count]");
        badge(count ? parseInt(count.textContent, 10) : 0);
      }
    });
  }

  function render(message) {
    if (seen[message.id] || !list) {
      return;
    }
    seen[message.id] = true;
    var li = document.createElement("li");
    li.className = "chat-message chat-message--" + message.author;
    li.dataset.id = message.id;
    var meta = document.createElement("p");
    meta.className = "chat-message__meta";
    meta.textContent = (labels.dataset["label" + message.author.charAt(0).toUpperCase() + message.author.slice(1)] || "") + " " +
      new Date(message.time).toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });
    var text = document.createElement("p");
    text.className = "chat-message__text";
    text.textContent = message.text;
    li.appendChild(meta);
    li.appendChild(text);
    list.appendChild(li);
    li.scrollIntoView({ block: "nearest" });
  }

  connection.on("queue", function (update) {
    if (update.state === "waiting" && live) {
      live.textContent = live.dataset.newHandoff;
    }
    if (workspace) {
      refreshQueue();
    } else {
      badge(1);
    }
  });

  connection.on("messages", function (update) {
    update.messages.forEach(render);
    if (facts && update.state !== facts.dataset.state) {
      window.location.reload(); // ownership changed: the available actions change with it
    }
  });

  if (replyForm) {
    var input = document.getElementById("reply");
    replyForm.addEventListener("submit", function (event) {
      if (connection.state !== signalR.HubConnectionState.Connected) {
        return;
      }
      event.preventDefault();
      var value = input.value.trim();
      if (!value) {
        input.focus();
        return;
      }
      var id = window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(16).slice(2);
      connection.invoke("AgentSend", facts.dataset.conversationId, value, id).then(function () {
        input.value = "";
        input.focus();
      }, function (error) {
        live.textContent = String(error && error.message || error);
      });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        replyForm.requestSubmit();
      }
    });
  }

  var clock = document.getElementById("sla-clock");
  if (clock) {
    var due = new Date(clock.getAttribute("datetime")).getTime();
    var tick = function () {
      var left = Math.round((due - Date.now()) / 1000);
      if (left >= 0) {
        clock.textContent = left + " " + clock.dataset.secondsLeft;
      } else {
        clock.textContent = clock.dataset.late;
        clock.className = "sla-late";
      }
    };
    tick();
    setInterval(tick, 1000);
  }

  function join() {
    var joins = [connection.invoke("JoinAgents")];
    if (facts) {
      joins.push(connection.invoke("WatchConversation", facts.dataset.conversationId));
    }
    return Promise.all(joins).then(function () {
      document.body.dataset.live = "true";
    });
  }

  connection.onreconnected(join);
  connection.start().then(join).catch(function () {
    // No live connection: the pages still work with form posts and reloads.
  });
})();
