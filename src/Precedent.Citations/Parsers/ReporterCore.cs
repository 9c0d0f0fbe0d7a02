using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// The core of a reporter citation: volume, reporter, and page ("483 U.S. 635") or "at" + pin
/// ("51 F.3d at 1534"). Reporter spellings are looked up white-space-insensitively, so "U. S.", "F. 3d" and a
/// reporter broken across a line all match.
/// </summary>
internal readonly record struct ReporterCore(
    int VolumeStart, int VolumeEnd, int ReporterStart, int ReporterEnd, ReporterEdition? Edition,
    bool IsShort, int PageStart, int PageEnd, int PinStart, int PinEnd, bool IsJournal)
{
    public int End => IsShort ? PinEnd : PageEnd;

    private const int MaxTokens = 6;
    private const int MaxTokenLength = 24;
    private const int MaxGap = 48;
    // a volume at a line's end and its reporter on the next text line of a text set in columns ("969⏎⏎    F.2d")
    private const int MaxVolumeGap = 96;

    private static readonly string[] JournalSuffixes = ["L.Rev.", "L.J.", "L.Q.", "Rev.", "J.", "Q.", "L.F.", "Rptr.", "Bull."];

    /// <summary>Reads a core starting at the volume digits at <paramref name="start"/>.</summary>
    public static bool TryRead(ParseContext context, int start, bool allowShort, out ReporterCore core)
    {
        core = default;
        var text = context.Text;
        var n = text.Length;
        var volEnd = TextScan.SkipDigits(text, start);
        if (volEnd == start || volEnd - start > 5)
            return false;
        if (volEnd >= n || !TextScan.IsSpace(text[volEnd]))
            return false;
        var i = TextScan.SkipSpaces(text, volEnd, volEnd + MaxVolumeGap);
        if (i >= n || !char.IsAsciiLetter(text[i]))
            return false;
        var repStart = i;
        var repEnd = i;
        Span<char> key = stackalloc char[80];
        var keyLen = 0;
        var tokens = 0;
        var isShort = false;
        var journalTail = false;
        while (true)
        {
            if (i >= n)
                return false;
            var c = text[i];
            if (tokens > 0)
            {
                if (c == '_' || IsPageStart(text, i))
                    break;
                if (allowShort && IsAt(text, i))
                {
                    isShort = true;
                    break;
                }
                if (TextScan.IsDash(c) && i + 1 < n && (TextScan.IsSpace(text[i + 1]) || text[i + 1] is ',' or ')' or ';' or '.'))
                    break; // "571 U.S. —" blank page
            }
            var tokEnd = TextScan.TokenEnd(text, i, MaxTokenLength + 1);
            if (tokEnd - i > MaxTokenLength)
                return false;
            var tokLen = tokEnd - i;
            var commaEnd = text[tokEnd - 1] == ',';
            if (commaEnd)
                tokLen--;
            if (tokLen <= 0)
                return false;
            var tok = text.AsSpan(i, tokLen);
            if (tok.IndexOfAny("()[];\"\u201C\u201D\u00A7\u00B6") >= 0)
                return false;
            if (keyLen + tokLen > key.Length)
                return false;
            keyLen += CitationCatalog.WriteKey(tok, key[keyLen..]);
            repEnd = i + tokLen;
            tokens++;
            if (tokens > MaxTokens)
                return false;
            i = TextScan.SkipSpaces(text, tokEnd, tokEnd + MaxGap);
            if (commaEnd)
            {
                // "531 U.S., at 99"
                if (allowShort && IsAt(text, i))
                {
                    isShort = true;
                    break;
                }
                return false;
            }
            if (i == tokEnd)
                return false; // no space after the token and not at end
        }
        var k = key[..keyLen];
        var edition = context.Catalog.FindEditionByKey(k);
        if (edition is null)
        {
            foreach (var suffix in JournalSuffixes)
            {
                if (k.EndsWith(suffix, StringComparison.Ordinal) && char.IsUpper(k[0]) && keyLen >= suffix.Length + 2)
                {
                    journalTail = true;
                    break;
                }
            }
            if (!journalTail)
                return false;
        }
        int pageStart, pageEnd, pinStart = -1, pinEnd = -1;
        if (isShort)
        {
            // skip "at"
            var p = TextScan.SkipSpaces(text, i + 2, i + 2 + MaxGap);
            var pe = TextScan.ReadPin(text, p);
            // "572 U. S., at ___": a page left blank in a slip opinion
            if (pe < 0 || pe == p)
                pe = BlankPin.Read(text, p);
            if (pe < 0 || pe == p)
                return false;
            pinStart = p;
            pinEnd = pe;
            pageStart = pageEnd = -1;
        }
        else
        {
            pageStart = i;
            if (text[i] == '_' || TextScan.IsDash(text[i]))
            {
                var j = i;
                while (j < n && j - i < 12 && (text[j] == '_' || TextScan.IsDash(text[j])))
                    j++;
                pageEnd = j;
            }
            else
            {
                pageEnd = TextScan.SkipDigits(text, i);
                if (pageEnd - i > 8)
                    return false;
            }
        }
        core = new ReporterCore(start, volEnd, repStart, repEnd, edition, isShort, pageStart, pageEnd, pinStart, pinEnd, journalTail);
        return true;
    }

    /// <summary>A page: a run of digits not followed by a letter ("635", "635,", "635)").</summary>
    private static bool IsPageStart(string text, int i)
    {
        if (!char.IsAsciiDigit(text[i]))
            return false;
        var e = TextScan.SkipDigits(text, i);
        return e >= text.Length || !char.IsLetter(text[e]);
    }

    private static bool IsAt(string text, int i)
        => i + 2 < text.Length && text[i] == 'a' && text[i + 1] == 't' && TextScan.IsSpace(text[i + 2]);
}
