namespace ProfileGen.Model.Related;

/// <summary>
/// Martin Porter's stemming algorithm (1980), as in his reference implementation, working in place
/// on a lowercase word: "engineers", "engineering" and "engineered" all become "engin". The stems
/// are index terms, never shown.
/// </summary>
internal ref struct PorterStemmer
{
    private readonly Span<char> _b;
    private int _k; // the end of the word (inclusive)
    private int _j; // the end of the stem before the suffix under test

    private PorterStemmer(Span<char> word)
    {
        _b = word;
        _k = word.Length - 1;
        _j = 0;
    }

    /// <summary>Stems <paramref name="word"/> in place and returns how many of its characters the stem keeps.</summary>
    public static int Stem(Span<char> word)
    {
        if (word.Length <= 2) return word.Length;
        var s = new PorterStemmer(word);
        s.Step1ab();
        if (s._k > 0)
        {
            s.Step1c();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }
        return s._k + 1;
    }

    private readonly bool Consonant(int i) => _b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !Consonant(i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in the stem b[0..j].</summary>
    private readonly int Measure()
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > _j) return n;
            if (!Consonant(i)) break;
            i++;
        }
        i++;
        while (true)
        {
            while (true)
            {
                if (i > _j) return n;
                if (Consonant(i)) break;
                i++;
            }
            i++;
            n++;
            while (true)
            {
                if (i > _j) return n;
                if (!Consonant(i)) break;
                i++;
            }
            i++;
        }
    }

    private readonly bool VowelInStem()
    {
        for (var i = 0; i <= _j; i++) if (!Consonant(i)) return true;
        return false;
    }

    private readonly bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && Consonant(j);

    /// <summary>consonant-vowel-consonant ending at i, the last consonant not w, x or y: "hop", not "snow".</summary>
    private readonly bool Cvc(int i)
    {
        if (i < 2 || !Consonant(i) || Consonant(i - 1) || !Consonant(i - 2)) return false;
        return _b[i] is not ('w' or 'x' or 'y');
    }

    private bool Ends(string suffix)
    {
        var length = suffix.Length;
        if (length > _k + 1 || suffix[length - 1] != _b[_k]) return false;
        if (!_b.Slice(_k - length + 1, length).SequenceEqual(suffix)) return false;
        _j = _k - length;
        return true;
    }

    private void SetTo(string replacement)
    {
        replacement.AsSpan().CopyTo(_b[(_j + 1)..]);
        _k = _j + replacement.Length;
    }

    private void ReplaceIfMeasured(string replacement)
    {
        if (Measure() > 0) SetTo(replacement);
    }

    /// <summary>Plurals and -ed, -ing: caresses → caress, ponies → poni, meetings → meet, hopping → hop.</summary>
    private void Step1ab()
    {
        if (_b[_k] == 's')
        {
            if (Ends("sses")) _k -= 2;
            else if (Ends("ies")) SetTo("i");
            else if (_k >= 1 && _b[_k - 1] != 's') _k--;
        }
        if (Ends("eed"))
        {
            if (Measure() > 0) _k--;
        }
        else if ((Ends("ed") || Ends("ing")) && VowelInStem())
        {
            _k = _j;
            if (Ends("at")) SetTo("ate");
            else if (Ends("bl")) SetTo("ble");
            else if (Ends("iz")) SetTo("ize");
            else if (DoubleConsonant(_k))
            {
                _k--;
                if (_b[_k] is 'l' or 's' or 'z') _k++;
            }
            else if (MeasureOfWholeWord() == 1 && Cvc(_k)) SetTo("e");
        }
    }

    private int MeasureOfWholeWord()
    {
        _j = _k;
        return Measure();
    }

    /// <summary>Terminal y to i when there is another vowel: happy → happi.</summary>
    private void Step1c()
    {
        if (Ends("y") && VowelInStem()) _b[_k] = 'i';
    }

    /// <summary>Double suffixes to single ones: relational → relate, organization → organize.</summary>
    private void Step2()
    {
        if (_k < 1) return;
        switch (_b[_k - 1])
        {
            case 'a':
                if (Ends("ational")) ReplaceIfMeasured("ate");
                else if (Ends("tional")) ReplaceIfMeasured("tion");
                break;
            case 'c':
                if (Ends("enci")) ReplaceIfMeasured("ence");
                else if (Ends("anci")) ReplaceIfMeasured("ance");
                break;
            case 'e':
                if (Ends("izer")) ReplaceIfMeasured("ize");
                break;
            case 'l':
                if (Ends("bli")) ReplaceIfMeasured("ble");
                else if (Ends("alli")) ReplaceIfMeasured("al");
                else if (Ends("entli")) ReplaceIfMeasured("ent");
                else if (Ends("eli")) ReplaceIfMeasured("e");
                else if (Ends("ousli")) ReplaceIfMeasured("ous");
                break;
            case 'o':
                if (Ends("ization")) ReplaceIfMeasured("ize");
                else if (Ends("ation")) ReplaceIfMeasured("ate");
                else if (Ends("ator")) ReplaceIfMeasured("ate");
                break;
            case 's':
                if (Ends("alism")) ReplaceIfMeasured("al");
                else if (Ends("iveness")) ReplaceIfMeasured("ive");
                else if (Ends("fulness")) ReplaceIfMeasured("ful");
                else if (Ends("ousness")) ReplaceIfMeasured("ous");
                break;
            case 't':
                if (Ends("aliti")) ReplaceIfMeasured("al");
                else if (Ends("iviti")) ReplaceIfMeasured("ive");
                else if (Ends("biliti")) ReplaceIfMeasured("ble");
                break;
            case 'g':
                if (Ends("logi")) ReplaceIfMeasured("log");
                break;
        }
    }

    /// <summary>-ic-, -full, -ness and the like: electrical → electric, hopeful → hope.</summary>
    private void Step3()
    {
        switch (_b[_k])
        {
            case 'e':
                if (Ends("icate")) ReplaceIfMeasured("ic");
                else if (Ends("ative")) ReplaceIfMeasured("");
                else if (Ends("alize")) ReplaceIfMeasured("al");
                break;
            case 'i':
                if (Ends("iciti")) ReplaceIfMeasured("ic");
                break;
            case 'l':
                if (Ends("ical")) ReplaceIfMeasured("ic");
                else if (Ends("ful")) ReplaceIfMeasured("");
                break;
            case 's':
                if (Ends("ness")) ReplaceIfMeasured("");
                break;
        }
    }

    /// <summary>Takes off -ant, -ence and the like when the stem is long enough: adjustment → adjust.</summary>
    private void Step4()
    {
        if (_k < 1) return;
        var found = _b[_k - 1] switch
        {
            'a' => Ends("al"),
            'c' => Ends("ance") || Ends("ence"),
            'e' => Ends("er"),
            'i' => Ends("ic"),
            'l' => Ends("able") || Ends("ible"),
            'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
            'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
            's' => Ends("ism"),
            't' => Ends("ate") || Ends("iti"),
            'u' => Ends("ous"),
            'v' => Ends("ive"),
            'z' => Ends("ize"),
            _ => false,
        };
        if (found && Measure() > 1) _k = _j;
    }

    /// <summary>A final -e, and -ll to -l, when the stem is long enough: probate → probat, controll → control.</summary>
    private void Step5()
    {
        _j = _k;
        if (_b[_k] == 'e')
        {
            var m = Measure();
            if (m > 1 || (m == 1 && !Cvc(_k - 1))) _k--;
        }
        if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
    }
}
