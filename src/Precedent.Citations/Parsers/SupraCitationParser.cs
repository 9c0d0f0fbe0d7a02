using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>"Bush, supra, at 100", "Bush, supra", "supra note 12", "Smith, supra note 4, at 7".</summary>
internal sealed class SupraCitationParser : ICitationParser
{
    public IEnumerable<string> Anchors => ["supra"];

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (!TextScan.AtWordStart(text, anchorStart) || !TextScan.AtWordEnd(text, anchorStart + anchor.Length))
            return -1;
        var end = anchorStart + anchor.Length;
        var coreStart = anchorStart;
        string? name = null;
        // Name to the left: "Bush, supra".
        var b = TextScan.SkipSpacesBack(text, anchorStart, Math.Max(0, anchorStart - 4));
        var leftLimit = CaseCitationParser.LeftLimit(output, anchorStart);
        if (b > leftLimit && text[b - 1] == ',')
        {
            var n = CaseNameReader.Read(text, b - 1, Math.Max(leftLimit, anchorStart - 120));
            if (n.CaseName is not null)
            {
                name = n.CaseName;
                coreStart = n.Start;
                // "Commonwealth v. Ewing, 439 Pa., supra": the name read is the reporter; the case name stands before
                // its volume
                var v = TextScan.SkipSpacesBack(text, n.Start, Math.Max(0, n.Start - 2));
                var d = v;
                while (d > 0 && v - d < 4 && char.IsAsciiDigit(text[d - 1]))
                    d--;
                if (d < v && v < n.Start && !name.Contains(" v. ", StringComparison.Ordinal))
                {
                    var c = TextScan.SkipSpacesBack(text, d, Math.Max(0, d - 2));
                    if (c > leftLimit && c > 0 && text[c - 1] == ','
                        && CaseNameReader.Read(text, c - 1, Math.Max(leftLimit, c - 120)) is { CaseName: { } full } before)
                    {
                        name = full;
                        coreStart = before.Start;
                    }
                }
            }
        }
        string? pin = null;
        var j = end;
        // "supra note 12"
        var k = TextScan.SkipSpaces(text, j, j + 2);
        if (TextScan.StartsWithAt(text, k, "note ") || TextScan.StartsWithAt(text, k, "n. "))
        {
            var d0 = TextScan.SkipSpaces(text, k + (text[k + 1] == '.' ? 3 : 5), k + 8);
            var d1 = TextScan.SkipDigits(text, d0);
            if (d1 > d0)
                end = j = d1;
        }
        // ", at 100"
        if (j < text.Length && text[j] == ',')
        {
            var a = TextScan.SkipSpaces(text, j + 1, j + 3);
            if (a + 2 < text.Length && text[a] == 'a' && text[a + 1] == 't' && TextScan.IsSpace(text[a + 2]))
            {
                var p = TextScan.SkipSpaces(text, a + 3, a + 6);
                var e = TextScan.ReadPin(text, p);
                if (e > p)
                {
                    pin = CaseCitationParser.CollapseSpaces(text.AsSpan(p, e - p));
                    end = e;
                }
            }
        }
        if (name is null && end == anchorStart + anchor.Length)
        {
            // A bare "supra" with neither a name nor a note: "as discussed supra" is a cross-reference, not a cite.
            return -1;
        }
        var draft = new CitationDraft
        {
            Kind = CitationKind.Supra,
            Start = coreStart,
            End = end,
            FullStart = coreStart,
            FullEnd = end,
            PinCite = pin,
            ShortName = name,
            CaseName = name,
        };
        var (signalStart, signal) = CaseNameReader.ReadSignal(text, coreStart, Math.Max(leftLimit, coreStart - 20));
        if (signal is not null)
        {
            draft.Signal = signal;
            draft.FullStart = signalStart;
        }
        output.Add(draft);
        return end;
    }
}
