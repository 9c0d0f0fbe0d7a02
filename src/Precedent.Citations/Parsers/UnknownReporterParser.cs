using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Case citations to a reporter the catalog does not know, so that the cite-checker can flag them (PR001):
/// "Albright v. Rodriguez, 51 F.3e 1531, 1534 (10th Cir. 1995)". Deliberately narrow, since anything is
/// "number, words, number": only the whole shape "Name v. Name, VOLUME ABBREVIATION PAGE[, pin] (… YEAR)" counts,
/// where the abbreviation is one to five capitalised tokens with periods (or an ordinal such as "2d"), and is
/// neither a catalogued reporter nor a statute, regulation, rule or record abbreviation. Runs after every other
/// digit-anchored parser.
/// </summary>
internal sealed class UnknownReporterParser : ICitationParser
{
    private const int MaxTokens = 5;
    private const int MaxTokenLength = 14;

    /// <summary>Words that make a run of abbreviations a statute, a session law or a document, not a reporter.</summary>
    private static readonly HashSet<string> NotReporterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "U.S.C.", "U.S.C.A.", "U.S.C.S.", "C.F.R.", "Stat.", "Stats.", "Reg.", "Regs.", "Pub.", "No.", "Nos.", "Code",
        "Laws", "Const.", "Cong.", "Sess.", "Rec.", "Doc.", "Res.", "Ch.", "Art.", "Vol.", "Tit.", "Sec.", "Acts",
        "Ord.", "Exec.", "Order", "Tr.", "Dkt.", "Ex.", "Exh.", "Br.", "Mot.", "Decl.", "Aff.", "Pt.", "Para.",
    };

    public IEnumerable<string> Anchors => [Anchor.DigitRun];

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (!CaseCitationParser.VolumeAllowed(text, anchorStart))
            return -1;
        var volEnd = TextScan.SkipDigits(text, anchorStart);
        if (volEnd - anchorStart is < 1 or > 4 || volEnd >= text.Length || !TextScan.IsSpace(text[volEnd]))
            return -1;

        // Left: "Name v. Name, " right before the volume.
        var leftLimit = CaseCitationParser.LeftLimit(output, anchorStart);
        var nameEnd = TextScan.SkipSpacesBack(text, anchorStart, leftLimit);
        if (nameEnd <= leftLimit || text[nameEnd - 1] != ',')
            return -1;
        var name = CaseNameReader.Read(text, nameEnd - 1, leftLimit);
        if (name.CaseName is null || name.Plaintiff is null || name.Defendant is null)
            return -1;

        // The abbreviation: tokens up to the page.
        var i = TextScan.SkipSpaces(text, volEnd, volEnd + 3);
        var repStart = i;
        var repEnd = i;
        var tokens = 0;
        var hasPeriod = false;
        var tokenKeys = new List<string>(MaxTokens);
        while (true)
        {
            if (i >= text.Length)
                return -1;
            if (char.IsAsciiDigit(text[i]) && tokens > 0 && !IsOrdinal(text, i, TextScan.TokenEnd(text, i, MaxTokenLength + 1)))
                break; // the page
            var tokEnd = TextScan.TokenEnd(text, i, MaxTokenLength + 1);
            if (tokEnd - i > MaxTokenLength || !IsReporterToken(text, i, tokEnd, first: tokens == 0))
                return -1;
            if (NotReporterWords.Contains(text[i..tokEnd]))
                return -1;
            hasPeriod |= text.AsSpan(i, tokEnd - i).Contains('.');
            tokens++;
            tokenKeys.Add(text[i..tokEnd]);
            repEnd = tokEnd;
            if (tokens > MaxTokens || tokEnd >= text.Length || !TextScan.IsSpace(text[tokEnd]))
                return -1;
            i = TextScan.SkipSpaces(text, tokEnd, tokEnd + 3);
        }
        var written = CaseCitationParser.CollapseSpaces(text.AsSpan(repStart, repEnd - repStart));
        if (!hasPeriod && !HasOrdinal(written))
            return -1;
        if (context.Catalog.FindEdition(written) is not null || IsLawAbbreviation(context, tokenKeys))
            return -1;

        // The page, then an optional pin, then the court-and-date parenthetical.
        var pageStart = i;
        var pageEnd = TextScan.SkipDigits(text, pageStart);
        if (pageEnd - pageStart > 5 || (pageEnd < text.Length && (char.IsLetterOrDigit(text[pageEnd]) || text[pageEnd] is '-' or '.' && pageEnd + 1 < text.Length && char.IsAsciiDigit(text[pageEnd + 1]))))
            return -1;
        var pos = pageEnd;
        string? pin = null;
        if (pos + 2 < text.Length && text[pos] == ',')
        {
            var j = TextScan.SkipSpaces(text, pos + 1, pos + 3);
            var e = TextScan.ReadPin(text, j);
            if (j > pos + 1 && e > j && (e >= text.Length || !char.IsLetterOrDigit(text[e])))
            {
                pin = CaseCitationParser.CollapseSpaces(text.AsSpan(j, e - j));
                pos = e;
            }
        }
        var q = TextScan.SkipSpaces(text, pos, pos + 2);
        if (q >= text.Length || text[q] != '(')
            return -1;
        var close = TextScan.MatchBracket(text, q, 200);
        if (close < 0 || !CourtDateParser.TryParse(text.AsSpan(q + 1, close - q - 1), out var year, out var courtText, out var dateText))
            return -1;

        var (signalStart, signal) = CaseNameReader.ReadSignal(text, name.Start, leftLimit);
        var court = courtText is null ? null : context.Catalog.FindCourt(courtText);
        output.Add(new CitationDraft
        {
            Kind = CitationKind.Unknown,
            Start = anchorStart,
            End = pageEnd,
            FullStart = signal is null ? name.Start : signalStart,
            FullEnd = close + 1,
            Volume = text[anchorStart..volEnd],
            Reporter = text[repStart..repEnd],
            ReporterNormalized = written,
            Page = text[pageStart..pageEnd],
            PinCite = pin,
            Year = year,
            Court = court?.Id,
            CourtText = courtText,
            DateText = dateText,
            CaseName = name.CaseName,
            Plaintiff = name.Plaintiff,
            Defendant = name.Defendant,
            Signal = signal,
        });
        return pageEnd;
    }

    /// <summary>
    /// "F.", "N.E.", "Cal.", "F.3e", "App.", "Ct.", "2d", "4th": a capitalised abbreviation or an ordinal (not first).
    /// </summary>
    private static bool IsReporterToken(string text, int start, int end, bool first)
    {
        var t = text.AsSpan(start, end - start);
        if (t.Length == 0)
            return false;
        if (IsOrdinal(text, start, end))
            return !first;
        if (!char.IsAsciiLetterUpper(t[0]))
            return false;
        foreach (var ch in t)
        {
            if (!(char.IsAsciiLetter(ch) || char.IsAsciiDigit(ch) || ch is '.' or '\'' or '\u2019'))
                return false;
        }
        // a word without a period is a reporter word only when short ("Ohio", "Misc") and capitalised
        return t.Contains('.') || t.Length <= 6;
    }

    /// <summary>"2d", "3d", "4th", "2nd", "3rd", "1st".</summary>
    private static bool IsOrdinal(string text, int start, int end)
    {
        var t = text.AsSpan(start, end - start);
        var d = 0;
        while (d < t.Length && char.IsAsciiDigit(t[d]))
            d++;
        if (d is 0 or > 2)
            return false;
        var suffix = t[d..];
        return suffix is "d" or "st" or "nd" or "rd" or "th";
    }

    private static bool HasOrdinal(string written)
    {
        foreach (var range in written.AsSpan().Split(' '))
        {
            var tok = written[range];
            var k = tok.Length;
            while (k > 0 && char.IsAsciiLetter(tok[k - 1]))
                k--;
            if (k > 0 && char.IsAsciiDigit(tok[k - 1]) && tok[k..] is "d" or "st" or "nd" or "rd" or "th")
                return true;
        }
        return false;
    }

    /// <summary>True when the abbreviation, or a leading run of its tokens, is a law, rule, constitution or record abbreviation.</summary>
    private static bool IsLawAbbreviation(ParseContext context, List<string> tokens)
    {
        var laws = context.Catalog.Laws;
        for (var n = tokens.Count; n >= 1; n--)
        {
            var prefix = CitationCatalog.KeyOf(string.Concat(tokens.Take(n))).AsSpan();
            if (laws.Codes.Find(prefix) is not null || laws.RuleSets.Find(prefix) is not null
                || laws.Constitutions.Find(prefix) is not null || laws.Records.Find(prefix) is not null)
                return true;
        }
        return false;
    }
}
