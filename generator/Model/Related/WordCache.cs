using System.Runtime.CompilerServices;

namespace ProfileGen.Model.Related;

/// <summary>
/// One worker's map from lowercase word to term number (or -1), in front of the shared
/// <see cref="TermTable"/>: open addressing on the hash <see cref="WordEnumerator"/> gives each word,
/// so a word met before costs a probe and a comparison, and only a new word is stemmed. With
/// <paramref name="stems"/> the words are stems already (<see cref="CareerTerms"/>) and are numbered as they are.
/// </summary>
internal sealed class WordCache(TermTable table, bool stems = false)
{
    private int[] _slots = new int[4096]; // entry index + 1, 0 for empty; at most half full
    private string[] _words = new string[2048];
    private uint[] _hashes = new uint[2048];
    private int[] _terms = new int[2048];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Term(ReadOnlySpan<char> word, uint hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(hash & mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0) break;
            if (_hashes[entry] == hash && word.SequenceEqual(_words[entry])) return _terms[entry];
        }
        return Add(word, hash);
    }

    private int Add(ReadOnlySpan<char> word, uint hash)
    {
        var term = stems ? table.NumberOfStem(word) : table.Number(word);
        if (_count == _words.Length)
        {
            Array.Resize(ref _words, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _terms, _count * 2);
            _slots = new int[_slots.Length * 2];
            for (var e = 0; e < _count; e++) Place(e);
        }
        _words[_count] = new string(word);
        _hashes[_count] = hash;
        _terms[_count] = term;
        Place(_count++);
        return term;
    }

    private void Place(int entry)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(_hashes[entry] & mask);
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = entry + 1;
    }
}
