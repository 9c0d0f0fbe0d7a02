namespace Precedent.Citations.Scanning;

/// <summary>Small span helpers shared by the parsers. None allocates.</summary>
internal static class TextScan
{
    /// <summary>Horizontal or vertical white space, including non-breaking and form-feed characters.</summary>
    public static bool IsSpace(char c) => c == ' ' || char.IsWhiteSpace(c);

    private static readonly string?[] SmallNumbers = new string?[10_000];

    /// <summary>
    /// The text of a span, shared for the numbers 0–9999 (volumes, pages and pins are mostly such numbers), so that
    /// citations do not each allocate their own copy.
    /// </summary>
    public static string Slice(string text, int start, int end)
    {
        var length = end - start;
        if (length is > 0 and <= 4 && text[start] != '0' || length == 1)
        {
            var value = 0;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!char.IsAsciiDigit(c))
                    return text[start..end];
                value = (value * 10) + (c - '0');
            }
            return SmallNumbers[value] ??= text[start..end];
        }
        return text[start..end];
    }

    public static int SkipSpaces(string text, int i, int limit = int.MaxValue)
    {
        var end = Math.Min(text.Length, limit);
        while (i < end && IsSpace(text[i]))
            i++;
        return i;
    }

    public static int SkipSpacesBack(string text, int i, int limit = 0)
    {
        // i is exclusive end; returns the exclusive end after skipping spaces leftwards.
        while (i > limit && IsSpace(text[i - 1]))
            i--;
        return i;
    }

    public static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        return i;
    }

    /// <summary>End of the token (run of non-space characters) starting at <paramref name="i"/>.</summary>
    public static int TokenEnd(string text, int i, int maxLength = 64)
    {
        var end = Math.Min(text.Length, i + maxLength);
        while (i < end && !IsSpace(text[i]))
            i++;
        return i;
    }

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool StartsWithAt(string text, int i, string value)
        => i >= 0 && i + value.Length <= text.Length && text.AsSpan(i, value.Length).SequenceEqual(value);

    /// <summary>True when <paramref name="i"/> is at the start of a word (no letter or digit just before).</summary>
    public static bool AtWordStart(string text, int i) => i == 0 || !IsWordChar(text[i - 1]);

    /// <summary>True when <paramref name="i"/> (exclusive end) ends a word.</summary>
    public static bool AtWordEnd(string text, int i) => i >= text.Length || !IsWordChar(text[i]);

    /// <summary>
    /// Reads a pin cite at <paramref name="i"/>: "638", "1205-06", "1205–1206", "593 n.14", "593 &amp; n.3",
    /// "*7", "¶ 12", "n.14", "638, 640" is read as "638" (the caller loops). Returns the end, or -1.
    /// </summary>
    public static int ReadPin(string text, int i)
    {
        var n = text.Length;
        if (i >= n)
            return -1;
        var start = i;
        if (text[i] == '\u00B6')
        {
            i = SkipSpaces(text, i + 1, i + 3);
            if (i < n && text[i] == '\u00B6')
                i = SkipSpaces(text, i + 1, i + 3);
            var d = SkipDigits(text, i);
            if (d == i)
                return -1;
            i = ReadRangeTail(text, d);
            return i;
        }
        if (text[i] == '*')
        {
            i++;
            if (i < n && text[i] == '*')
                i++;
            var d = SkipDigits(text, i);
            if (d == i)
                return -1;
            return ReadRangeTail(text, d);
        }
        if (text[i] == 'n' && (StartsWithAt(text, i, "n.") || StartsWithAt(text, i, "nn.")))
            return ReadNote(text, i);
        var e = SkipDigits(text, i);
        if (e == start || e - start > 6)
            return -1;
        if (e < n && char.IsAsciiLetter(text[e]))
        {
            // "41a": a page of an appendix; any other letter makes it no page
            if (text[e] != 'a' || (e + 1 < n && char.IsLetterOrDigit(text[e + 1])))
                return -1;
            e++;
        }
        e = ReadRangeTail(text, e);
        // " n.14", " & n.3", " nn.3-4"
        var j = SkipSpaces(text, e, e + 2);
        if (j < n && text[j] == '&')
            j = SkipSpaces(text, j + 1, j + 3);
        if (j < n && text[j] == 'n' && (StartsWithAt(text, j, "n.") || StartsWithAt(text, j, "nn.")))
        {
            var k = ReadNote(text, j);
            if (k > 0)
                e = k;
        }
        return e;
    }

    private static int ReadNote(string text, int i)
    {
        i += text[i + 1] == 'n' ? 3 : 2;
        i = SkipSpaces(text, i, i + 2);
        var d = SkipDigits(text, i);
        if (d == i || d - i > 4)
            return -1;
        return ReadRangeTail(text, d);
    }

    /// <summary>Reads an optional "-06", "–1206" after a number ending at <paramref name="i"/>.</summary>
    public static int ReadRangeTail(string text, int i)
    {
        if (i + 1 < text.Length && IsDash(text[i]) && char.IsAsciiDigit(text[i + 1]))
        {
            var d = SkipDigits(text, i + 1);
            if (d - (i + 1) <= 6)
                return d;
        }
        return i;
    }

    /// <summary>
    /// Finds the matching ')' (or ']') of the bracket at <paramref name="open"/>, within <paramref name="maxLength"/>
    /// characters; -1 when unbalanced within the window.
    /// </summary>
    public static int MatchBracket(string text, int open, int maxLength = 1500)
    {
        var openCh = text[open];
        var closeCh = openCh == '[' ? ']' : ')';
        var depth = 0;
        var end = Math.Min(text.Length, open + maxLength);
        for (var i = open; i < end; i++)
        {
            var c = text[i];
            if (c == openCh)
                depth++;
            else if (c == closeCh)
            {
                depth--;
                if (depth == 0)
                    return i;
            }
        }
        return -1;
    }

    /// <summary>Reads a 4-digit year 1600–2099 exactly at <paramref name="i"/>; -1 when none.</summary>
    public static int ReadYear(string text, int i, out int year)
    {
        year = 0;
        if (i + 4 > text.Length)
            return -1;
        for (var k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(text[i + k]))
                return -1;
            year = (year * 10) + (text[i + k] - '0');
        }
        if (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))
            return -1;
        if (year < 1600 || year > 2099)
            return -1;
        return i + 4;
    }
}
