using System.Collections.Frozen;
using System.Text;

namespace Precedent.Citations.Checking;

/// <summary>
/// Compares the case names of two citations the way a reader would: case, punctuation and small words ignored,
/// an abbreviation written with a period or apostrophe ("Bd.", "Comm'rs") matching the word it shortens, and
/// extra words at the outer ends (a clause word read into the first party, "Inc." after the second) tolerated.
/// "Anderson v. Creighton" and "Anderson v. Creighten" differ.
/// </summary>
internal static class PartyNames
{
    private static readonly FrozenSet<string> SmallWords = FrozenSet.ToFrozenSet(
        ["the", "of", "and", "a", "an", "et", "al", "for", "in", "on", "to", "by"], StringComparer.Ordinal);

    /// <param name="Letters">The word in lower-case letters and digits.</param>
    /// <param name="Abbreviated">Written with a period or apostrophe: "Bd.", "Comm'rs", "D.C.".</param>
    /// <param name="Initialism">Letters standing for words: "D.C.", "U.S.", "NRDC".</param>
    private readonly record struct Word(string Letters, bool Abbreviated, bool Initialism);

    /// <summary>
    /// True when the two citations' case names ("A v. B") clearly name different parties. Names without "v."
    /// (a short name used in a full citation, a misread clause) are never said to differ.
    /// </summary>
    public static bool Differ(Citation a, Citation b)
        => a.Plaintiff is { } ap && a.Defendant is { } ad && b.Plaintiff is { } bp && b.Defendant is { } bd
           && (!Same(ap, bp) || !Same(ad, bd));

    /// <summary>True when both citations have "A v. B" names and the parties match.</summary>
    public static bool SameCase(Citation a, Citation b)
        => a.Plaintiff is { } ap && a.Defendant is { } ad && b.Plaintiff is { } bp && b.Defendant is { } bd
           && Same(ap, bp) && Same(ad, bd);

    /// <summary>
    /// True when two party names may name the same party: every word of each is matched by a word of the other
    /// (in any order: "Sibley County" and "County of Sibley"), an abbreviation by the word it shortens ("Bd." and
    /// "Board") or by the initials of a run of words ("D.C." and "District of Columbia"); words left over are
    /// allowed only at one end of one name.
    /// </summary>
    public static bool Same(string x, string y)
    {
        // the same name written the same way: the common case, decided without making anything
        if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
            return true;
        var wx = Words(x);
        var wy = Words(y);
        if (wx.Count == 0 || wy.Count == 0)
            return true;
        if (Joined(wx) == Joined(wy))
            return true;
        var usedX = new bool[wx.Count];
        var usedY = new bool[wy.Count];
        // exact words first, then initialisms ("D.C.", "NRDC"), then shortenings ("Bd."), each nearest from the end
        Pair(wx, usedX, wy, usedY, static (a, b) => a.Letters == b.Letters);
        MatchInitials(wx, usedX, wy, usedY);
        MatchInitials(wy, usedY, wx, usedX);
        Pair(wx, usedX, wy, usedY, static (a, b) => (a.Abbreviated && !a.Initialism && Shortens(a.Letters, b.Letters))
                                                    || (b.Abbreviated && !b.Initialism && Shortens(b.Letters, a.Letters)));
        var leftX = usedX.Count(u => !u);
        var leftY = usedY.Count(u => !u);
        if (leftX == 0 && leftY == 0)
            return true;
        if (leftX == wx.Count || leftY == wy.Count)
            return false;
        if (leftX > 0 && leftY > 0)
            return LeadingRun(usedX) && LeadingRun(usedY); // clause words read into both first parties
        return leftX > 0 ? AtOneEnd(usedX) : AtOneEnd(usedY);
    }

    private static void Pair(List<Word> xs, bool[] usedX, List<Word> ys, bool[] usedY, Func<Word, Word, bool> match)
    {
        for (var i = xs.Count - 1; i >= 0; i--)
        {
            if (usedX[i])
                continue;
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var j = ys.Count - 1; j >= 0; j--)
            {
                if (usedY[j] || !match(xs[i], ys[j]))
                    continue;
                var distance = Math.Abs((xs.Count - i) - (ys.Count - j));
                if (distance < bestDistance)
                {
                    best = j;
                    bestDistance = distance;
                }
            }
            if (best >= 0)
                usedX[i] = usedY[best] = true;
        }
    }

    /// <summary>True when the unmatched words are exactly the first ones.</summary>
    private static bool LeadingRun(bool[] used)
    {
        var first = Array.IndexOf(used, true);
        for (var k = first; k < used.Length; k++)
        {
            if (!used[k])
                return false;
        }
        return first > 0;
    }

    /// <summary>An unmatched abbreviation ("dc") against a run of unmatched words whose initials it spells.</summary>
    private static void MatchInitials(List<Word> a, bool[] usedA, List<Word> b, bool[] usedB)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (usedA[i] || !a[i].Initialism || a[i].Letters.Length is < 2 or > 5)
                continue;
            var letters = a[i].Letters;
            for (var j = 0; j + letters.Length <= b.Count; j++)
            {
                var fits = true;
                for (var k = 0; k < letters.Length && fits; k++)
                    fits = !usedB[j + k] && b[j + k].Letters[0] == letters[k];
                if (!fits)
                    continue;
                usedA[i] = true;
                for (var k = 0; k < letters.Length; k++)
                    usedB[j + k] = true;
                break;
            }
        }
    }

    /// <summary>True when the unmatched words form one run at the start or at the end.</summary>
    private static bool AtOneEnd(bool[] used)
    {
        var first = Array.IndexOf(used, true);
        var last = Array.LastIndexOf(used, true);
        if (first < 0)
            return false;
        for (var k = first; k <= last; k++)
        {
            if (!used[k])
                return false;
        }
        return first == 0 || last == used.Length - 1;
    }

    /// <summary>"bd" shortens "board": same first letter, and its letters appear in order.</summary>
    private static bool Shortens(string abbreviation, string word)
    {
        if (abbreviation.Length == 0 || abbreviation.Length >= word.Length || abbreviation[0] != word[0])
            return false;
        var j = 0;
        foreach (var ch in word)
        {
            if (j < abbreviation.Length && abbreviation[j] == ch)
                j++;
        }
        return j == abbreviation.Length;
    }

    /// <summary>"D.C.", "U.S.A." (single letters between periods) or "NRDC" (two to five capitals).</summary>
    private static bool IsInitialism(string token, int letters)
    {
        var t = token.TrimEnd(',', ';', ':');
        if (letters is >= 2 and <= 5 && t.All(ch => char.IsAsciiLetterUpper(ch)))
            return true;
        var parts = t.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => p.Length == 1 && char.IsLetter(p[0]));
    }

    private static string Joined(List<Word> words) => string.Concat(words.Select(w => w.Letters));

    private static List<Word> Words(string name)
    {
        var words = new List<Word>();
        foreach (var token in name.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var sb = new StringBuilder(token.Length);
            var abbreviated = false;
            foreach (var ch in token)
            {
                if (char.IsLetterOrDigit(ch))
                    sb.Append(char.ToLowerInvariant(ch));
                else if (ch is '.' or '\'' or '\u2019')
                    abbreviated = true;
            }
            var letters = sb.ToString();
            if (letters.Length == 0 || SmallWords.Contains(letters) || letters.All(char.IsAsciiDigit))
                continue; // footnote numbers and other debris read into a name are no part of it
            words.Add(new Word(letters, abbreviated, IsInitialism(token, letters.Length)));
        }
        return words;
    }
}
