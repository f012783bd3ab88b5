using System.Buffers;

namespace Verbinding.Assistant.Classification;

/// <summary>
/// The distinct weight slots one message has hit so far (features count by presence): a small open-addressing
/// set over a pooled array, so scoring a message allocates nothing for it.
/// </summary>
internal sealed class SlotSet : IDisposable
{
    private const int Empty = -1;
    private int[] _slots;
    private int _mask;

    public SlotSet(int capacity = 512)
    {
        _slots = Rent(capacity);
        _mask = capacity - 1;
    }

    public int Count { get; private set; }

    /// <summary>True when <paramref name="slot"/> was not in the set yet.</summary>
    public bool Add(int slot)
    {
        if (Count * 2 >= _mask)
        {
            Grow();
        }

        var i = Spread(slot) & _mask;
        for (; _slots[i] != Empty; i = (i + 1) & _mask)
        {
            if (_slots[i] == slot)
            {
                return false;
            }
        }

        _slots[i] = slot;
        Count++;
        return true;
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(_slots);

    private void Grow()
    {
        var old = _slots;
        var capacity = (_mask + 1) * 2;
        _slots = Rent(capacity);
        _mask = capacity - 1;
        Count = 0;
        foreach (var slot in old.AsSpan(0, capacity / 2))
        {
            if (slot != Empty)
            {
                Add(slot);
            }
        }

        ArrayPool<int>.Shared.Return(old);
    }

    private static int[] Rent(int capacity)
    {
        var slots = ArrayPool<int>.Shared.Rent(capacity);
        slots.AsSpan(0, capacity).Fill(Empty);
        return slots;
    }

    private static int Spread(int slot) => (int)((uint)slot * 2654435769u >> 7);
}
