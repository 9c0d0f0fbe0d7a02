using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>"Id.", "id.", "Id. at 593 n.14", "Id. ¶ 4", "id. at *3", "Ibid.", "Id. at 1205-06".</summary>
internal sealed class IdCitationParser : ICitationParser
{
    public IEnumerable<string> Anchors => ["Id.", "id.", "Ibid.", "ibid.", "Id.,", "ID."];

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (!TextScan.AtWordStart(text, anchorStart))
            return -1;
        var end = anchorStart + (anchor.EndsWith(',') ? anchor.Length - 1 : anchor.Length);
        // "Id.S." or "id.x" is not Id.
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
            return -1;
        string? pin = null;
        var coreEnd = end;
        var j = end;
        if (j < text.Length && text[j] == ',')
            j++;
        j = TextScan.SkipSpaces(text, j, j + 3);
        // "Burghart v. Hall, 4 id. 727": the old form that repeats the reporter of the citation before ("4 Barb.
        // 727"), not Id.; "Id., 289 U.S. 395": the same case name again with another citation, not Id.
        if (anchor[0] == 'i' && PrecededByVolume(text, anchorStart) && j < text.Length && char.IsAsciiDigit(text[j]))
            return -1;
        if (j < text.Length && char.IsAsciiDigit(text[j]) && ReporterCore.TryRead(context, j, allowShort: false, out _))
            return -1;
        if (j + 2 < text.Length && text[j] == 'a' && text[j + 1] == 't' && TextScan.IsSpace(text[j + 2]))
        {
            var p = TextScan.SkipSpaces(text, j + 3, j + 6);
            var e = TextScan.ReadPin(text, p);
            // "Id., at ___": a page left blank in a slip opinion
            if (e <= p)
                e = BlankPin.Read(text, p);
            if (e > p)
            {
                // "id. at 112, 169, 179": more pins, unless the number starts another citation
                for (var more = 0; more < 8 && e + 2 < text.Length && text[e] == ','; more++)
                {
                    var np = TextScan.SkipSpaces(text, e + 1, e + 3);
                    if (np == e + 1 || np >= text.Length || !char.IsAsciiDigit(text[np]) || ReporterCore.TryRead(context, np, allowShort: true, out _))
                        break;
                    var qe = TextScan.ReadPin(text, np);
                    if (qe <= np || (qe < text.Length && char.IsLetterOrDigit(text[qe])))
                        break;
                    e = qe;
                }
                pin = CaseCitationParser.CollapseSpaces(text.AsSpan(p, e - p));
                coreEnd = e;
            }
        }
        else if (j < text.Length && (text[j] == '\u00B6' || (text[j] == 'n' && (TextScan.StartsWithAt(text, j, "n.") || TextScan.StartsWithAt(text, j, "nn.")))))
        {
            var e = TextScan.ReadPin(text, j);
            // "See id. ¶ 30 Saunders involved …": the number of the next paragraph of the text, not a pin
            var next = e > j ? TextScan.SkipSpaces(text, e, e + 4) : -1;
            var paragraphNumber = e > j && text[j] == '\u00B6' && next > e && next < text.Length && char.IsUpper(text[next]);
            if (e > j && !paragraphNumber)
            {
                pin = CaseCitationParser.CollapseSpaces(text.AsSpan(j, e - j));
                coreEnd = e;
            }
        }
        var draft = new CitationDraft
        {
            Kind = CitationKind.Id,
            Start = anchorStart,
            End = coreEnd,
            FullStart = anchorStart,
            FullEnd = coreEnd,
            PinCite = pin,
        };
        // An explanatory parenthetical right after: "Id. at 5 (quoting …)".
        var q = TextScan.SkipSpaces(text, coreEnd, coreEnd + 2);
        if (q < text.Length && text[q] == '(')
        {
            var close = TextScan.MatchBracket(text, q);
            if (close > 0)
            {
                draft.Parentheticals = [text[(q + 1)..close]];
                draft.ParentheticalSpans = [(q + 1, close)];
                draft.FullEnd = close + 1;
            }
        }
        var (signalStart, signal) = CaseNameReader.ReadSignal(text, anchorStart, Math.Max(0, anchorStart - 20));
        if (signal is not null)
        {
            draft.Signal = signal;
            draft.FullStart = signalStart;
        }
        output.Add(draft);
        return coreEnd;
    }

    /// <summary>True when a number stands right before the anchor ("4 id. 727").</summary>
    private static bool PrecededByVolume(string text, int anchorStart)
    {
        var e = TextScan.SkipSpacesBack(text, anchorStart, Math.Max(0, anchorStart - 3));
        return e < anchorStart && e > 0 && char.IsAsciiDigit(text[e - 1]) && (e < 2 || !char.IsLetter(text[e - 2]));
    }
}
