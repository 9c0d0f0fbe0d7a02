using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Hyphenated public-domain citations: "2000-Ohio-123", "2011-NMSC-025", "2009-NMCA-012". The space-separated
/// forms ("2019 IL 123456", "2001 WL 202045") are catalogued reporters read by <see cref="CaseCitationParser"/>.
/// </summary>
internal sealed class NeutralCitationParser : ICitationParser
{
    public IEnumerable<string> Anchors => [Anchor.DigitRun];

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        var yearEnd = TextScan.ReadYear(text, anchorStart, out var year);
        if (yearEnd < 0 || yearEnd >= text.Length || !TextScan.IsDash(text[yearEnd]))
            return -1;
        if (!CaseCitationParser.VolumeAllowed(text, anchorStart))
            return -1;
        var abbrStart = yearEnd + 1;
        var abbrEnd = abbrStart;
        while (abbrEnd < text.Length && abbrEnd - abbrStart < 12 && char.IsAsciiLetter(text[abbrEnd]))
            abbrEnd++;
        if (abbrEnd == abbrStart || abbrEnd >= text.Length || !TextScan.IsDash(text[abbrEnd]))
            return -1;
        var edition = context.Catalog.FindEditionByKey(text.AsSpan(abbrStart, abbrEnd - abbrStart));
        // The hyphenated shape is itself distinctive: "2000-Ohio-123" is Ohio's public-domain citation even though
        // "Ohio" alone names the old Ohio Reports.
        if (edition is null || edition.Kind is not (ReporterKind.Neutral or ReporterKind.State))
            return -1;
        var numStart = abbrEnd + 1;
        var numEnd = TextScan.SkipDigits(text, numStart);
        if (numEnd == numStart || numEnd - numStart > 7 || (numEnd < text.Length && char.IsLetter(text[numEnd])))
            return -1;
        var draft = new CitationDraft
        {
            Kind = CitationKind.Neutral,
            Start = anchorStart,
            End = numEnd,
            FullStart = anchorStart,
            FullEnd = numEnd,
            Volume = text[anchorStart..yearEnd],
            Reporter = text[abbrStart..abbrEnd],
            ReporterNormalized = edition.Abbreviation,
            Page = text[numStart..numEnd],
            Year = year,
            Court = edition.DefaultCourt,
            Edition = edition,
        };
        // pin: ", ¶ 12"
        if (numEnd + 1 < text.Length && text[numEnd] == ',')
        {
            var p = TextScan.SkipSpaces(text, numEnd + 1, numEnd + 3);
            if (p < text.Length && text[p] == '\u00B6')
            {
                var e = TextScan.ReadPin(text, p);
                if (e > p)
                {
                    draft.PinCite = CaseCitationParser.CollapseSpaces(text.AsSpan(p, e - p));
                    draft.FullEnd = e;
                }
            }
        }
        // Name before: "State v. Ramirez, 2011-NMSC-025"
        var b = TextScan.SkipSpacesBack(text, anchorStart, Math.Max(0, anchorStart - 3));
        if (b > 0 && text[b - 1] == ',')
        {
            var name = CaseNameReader.Read(text, b - 1, CaseCitationParser.LeftLimit(output, anchorStart));
            if (name.CaseName is not null)
            {
                draft.CaseName = name.CaseName;
                draft.Plaintiff = name.Plaintiff;
                draft.Defendant = name.Defendant;
                draft.FullStart = name.Start;
            }
        }
        output.Add(draft);
        return numEnd;
    }
}
