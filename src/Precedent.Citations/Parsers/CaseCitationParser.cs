using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Full and short case citations, with everything around them: signal and case name on the left; pin cites,
/// parallel citations, the court-and-date parenthetical, explanatory parentheticals, a hereinafter alias and
/// subsequent history on the right. Also neutral and journal citations of the "volume abbreviation page" shape.
/// </summary>
internal sealed class CaseCitationParser : ICitationParser
{
    private const int MaxParallels = 6;
    private const int MaxParentheticals = 8;

    public IEnumerable<string> Anchors => [Anchor.DigitRun];

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (!VolumeAllowed(text, anchorStart))
            return -1;
        if (!ReporterCore.TryRead(context, anchorStart, allowShort: true, out var core))
            return -1;
        if (IsPageLabel(text, anchorStart, out var labelEnd))
            return labelEnd;

        var leftLimit = LeftLimit(output, anchorStart);
        var first = NewDraft(context, core);
        var group = new List<CitationDraft>(2) { first };
        var pos = core.End;
        int? yearFirst = null;

        // California style: "People v. Smith (2009) 173 Cal.App.4th 655"
        var nameEnd = TextScan.SkipSpacesBack(text, anchorStart, leftLimit);
        var hasComma = nameEnd > leftLimit && text[nameEnd - 1] == ',';
        if (!hasComma && nameEnd > leftLimit + 6 && text[nameEnd - 1] == ')' && TextScan.ReadYear(text, nameEnd - 5, out var y0) == nameEnd - 1
            && text[nameEnd - 6] == '(')
        {
            yearFirst = y0;
            nameEnd = TextScan.SkipSpacesBack(text, nameEnd - 6, leftLimit);
            hasComma = true;
            if (nameEnd > leftLimit && text[nameEnd - 1] == ',')
                nameEnd--;
        }
        else if (hasComma)
        {
            nameEnd--;
        }

        if (!core.IsShort)
        {
            pos = ReadPins(context, pos, first);
            // Parallel citations: ", 107 S. Ct. 3034, 97 L. Ed. 2d 523" and "[92 Cal.Rptr.3d 784]".
            for (var p = 0; p < MaxParallels; p++)
            {
                var j = pos;
                var bracket = false;
                if (j < text.Length && text[j] == ',')
                    j = TextScan.SkipSpaces(text, j + 1, j + 4);
                else
                {
                    var k = TextScan.SkipSpaces(text, j, j + 3);
                    if (k < text.Length && text[k] == '[')
                    {
                        bracket = true;
                        j = k + 1;
                    }
                    else
                        break;
                }
                if (j >= text.Length || !char.IsAsciiDigit(text[j]))
                    break;
                if (!ReporterCore.TryRead(context, j, allowShort: false, out var pc) || pc.Edition is null)
                    break;
                var pd = NewDraft(context, pc);
                pd.ParallelOf = first;
                group.Add(pd);
                pos = ReadPins(context, pc.End, pd);
                if (bracket)
                {
                    if (pos < text.Length && text[pos] == ']')
                        pos++;
                    else
                        break;
                }
            }
        }

        // Parentheticals.
        var fullEnd = pos;
        int? year = yearFirst;
        string? courtText = null, dateText = null;
        List<string>? parens = null;
        List<(int, int)>? parenSpans = null;
        var q = TextScan.SkipSpaces(text, pos, pos + 3);
        for (var p = 0; p < MaxParentheticals && q < text.Length && (text[q] == '(' || text[q] == '['); p++)
        {
            var close = TextScan.MatchBracket(text, q);
            if (close < 0)
                break;
            var innerStart = q + 1;
            var inner = text.AsSpan(innerStart, close - innerStart);
            if (year is null && CourtDateParser.TryParse(inner, out var y, out var ct, out var dt))
            {
                year = y;
                courtText = ct;
                dateText = dt;
            }
            else if (text[q] == '[' || inner.TrimStart().StartsWith("hereinafter", StringComparison.OrdinalIgnoreCase))
            {
                var alias = ReadAlias(inner);
                if (alias is null)
                    break;
                first.Alias = alias;
            }
            else
            {
                (parens ??= []).Add(inner.ToString());
                (parenSpans ??= []).Add((innerStart, close));
            }
            fullEnd = close + 1;
            q = TextScan.SkipSpaces(text, fullEnd, fullEnd + 3);
        }

        // Left side: case name and signal.
        string? caseName = null, plaintiff = null, defendant = null;
        var fullStart = anchorStart;
        if (hasComma)
        {
            var name = CaseNameReader.Read(text, nameEnd, leftLimit);
            if (name.CaseName is not null)
            {
                caseName = name.CaseName;
                plaintiff = name.Plaintiff;
                defendant = name.Defendant;
                fullStart = name.Start;
            }
        }
        var (signalStart, signal) = CaseNameReader.ReadSignal(text, fullStart, leftLimit);
        if (signal is not null)
            fullStart = signalStart;

        // Court.
        Court? court = null;
        if (courtText is not null)
            court = context.Catalog.FindCourt(courtText);
        var courtId = court?.Id ?? (courtText is null ? first.Edition?.DefaultCourt : null);

        // Subsequent history.
        var history = HistoryReader.Read(context, fullEnd);

        foreach (var d in group)
        {
            d.FullStart = fullStart;
            d.FullEnd = fullEnd;
            d.Year = year ?? d.Year;
            d.CourtText = courtText;
            d.DateText = dateText;
            d.Court = courtId ?? d.Edition?.DefaultCourt;
            d.CaseName = caseName;
            d.Plaintiff = plaintiff;
            d.Defendant = defendant;
            d.Signal = signal;
        }
        first.Parentheticals = parens;
        first.ParentheticalSpans = parenSpans;
        first.History = history;
        if (core.IsShort && caseName is not null)
            first.ShortName = caseName;
        output.AddRange(group);
        // Resume after the last core so that citations inside parentheticals are still found.
        return group[^1].End;
    }

    private static CitationDraft NewDraft(ParseContext context, in ReporterCore core)
    {
        var text = context.Text;
        var kind = core.IsJournal ? CitationKind.Journal
            : core.Edition!.Kind switch
            {
                ReporterKind.Neutral => CitationKind.Neutral,
                ReporterKind.Journal => CitationKind.Journal,
                _ => core.IsShort ? CitationKind.ShortCase : CitationKind.Case,
            };
        var volumeText = TextScan.Slice(text, core.VolumeStart, core.VolumeEnd);
        int? neutralYear = null;
        if (core.Edition is { } ed && volumeText.Length == 4 && int.TryParse(volumeText, out var vy) && vy is >= 1990 and <= 2100)
        {
            // "2019 IL 123456": the volume is the year. "2009 Ark. 123": a year-numbered volume of a state
            // reporter is that state's public-domain citation.
            if (kind == CitationKind.Neutral || (ed.Kind is ReporterKind.State && !core.IsShort))
            {
                kind = CitationKind.Neutral;
                neutralYear = vy;
            }
        }
        var d = new CitationDraft
        {
            Kind = kind,
            Year = neutralYear,
            Start = core.VolumeStart,
            End = core.End,
            FullStart = core.VolumeStart,
            FullEnd = core.End,
            Volume = volumeText,
            // the written reporter is usually the catalog's own spelling: share that string
            Reporter = core.Edition is { } e && text.AsSpan(core.ReporterStart, core.ReporterEnd - core.ReporterStart).SequenceEqual(e.Abbreviation)
                ? e.Abbreviation
                : text[core.ReporterStart..core.ReporterEnd],
            ReporterNormalized = core.Edition?.Abbreviation ?? CollapseSpaces(text.AsSpan(core.ReporterStart, core.ReporterEnd - core.ReporterStart)),
            Page = core.IsShort ? null : TextScan.Slice(text, core.PageStart, core.PageEnd),
            PinCite = core.IsShort ? PinText(text, core.PinStart, core.PinEnd) : null,
            Edition = core.Edition,
        };
        return d;
    }

    /// <summary>Reads ", 638", ", 1205-06", ", 593 n.14", ", at *7" after a page; sets the draft's pin and end.</summary>
    private static int ReadPins(ParseContext context, int pos, CitationDraft draft)
    {
        var text = context.Text;
        int pinStart = -1, pinEnd = -1;
        for (var guard = 0; guard < 8; guard++)
        {
            if (pos >= text.Length || text[pos] != ',')
                break;
            var j = TextScan.SkipSpaces(text, pos + 1, pos + 4);
            if (j == pos + 1 && j < text.Length && char.IsAsciiDigit(text[j]))
            {
                // "1,000" is a number, not a pin
                break;
            }
            if (j + 2 < text.Length && text[j] == 'a' && text[j + 1] == 't' && TextScan.IsSpace(text[j + 2]))
                j = TextScan.SkipSpaces(text, j + 3, j + 6);
            if (j >= text.Length)
                break;
            if (char.IsAsciiDigit(text[j]) && ReporterCore.TryRead(context, j, allowShort: false, out _))
                break; // a parallel citation
            var e = TextScan.ReadPin(text, j);
            if (e < 0)
                break;
            if (e < text.Length && char.IsLetterOrDigit(text[e]))
                break;
            // a year after a comma is not a pin: "…, 1987)" does not happen in cites, but "…, 2010 WL 1" does
            if (e - j == 4 && TextScan.ReadYear(text, j, out _) == e && IsNeutralAhead(context, e))
                break;
            if (pinStart < 0)
                pinStart = j;
            pinEnd = e;
            pos = e;
        }
        if (pinStart >= 0)
        {
            // The core span stays volume..page; pins belong to the full span.
            draft.PinCite = PinText(text, pinStart, pinEnd);
        }
        return pos;
    }

    private static bool IsNeutralAhead(ParseContext context, int yearEnd)
        => ReporterCore.TryRead(context, yearEnd - 4, allowShort: false, out var c) && c.Edition?.Kind == ReporterKind.Neutral;

    private static string PinText(string text, int start, int end)
    {
        var plain = true;
        for (var i = start; i < end && plain; i++)
            plain = char.IsAsciiDigit(text[i]);
        return plain ? TextScan.Slice(text, start, end) : CollapseSpaces(text.AsSpan(start, end - start));
    }

    internal static string CollapseSpaces(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var ch in s)
        {
            if (TextScan.IsSpace(ch))
            {
                space = true;
                continue;
            }
            if (space && n > 0)
                buffer[n++] = ' ';
            space = false;
            buffer[n++] = ch;
        }
        return new string(buffer[..n]);
    }

    private static string? ReadAlias(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim();
        if (!inner.StartsWith("hereinafter", StringComparison.OrdinalIgnoreCase))
            return null;
        var alias = inner["hereinafter".Length..].Trim().Trim(",:").Trim().Trim("\"\u201C\u201D'").Trim();
        return alias.Length is > 0 and <= 60 ? CollapseSpaces(alias) : null;
    }

    /// <summary>The left edge for looking back: the end of the previous citation, if it ends before us.</summary>
    internal static int LeftLimit(List<CitationDraft> output, int start)
    {
        var limit = Math.Max(0, start - 300);
        for (var k = output.Count - 1; k >= 0 && k >= output.Count - 4; k--)
        {
            var d = output[k];
            var edge = d.FullEnd <= start ? d.FullEnd : d.End <= start ? d.End : -1;
            if (edge > limit)
                limit = edge;
        }
        return limit;
    }

    /// <summary>
    /// Page labels of the printed reporters that some texts carry ("[945 N.E.2d 489, 920 N.Y.S.2d 296]") and the
    /// slip opinion's running head ("Cite as: 580 U. S. ____ (2017)") are not citations.
    /// </summary>
    private static bool IsPageLabel(string text, int start, out int resume)
    {
        resume = -1;
        var b = TextScan.SkipSpacesBack(text, start, Math.Max(0, start - 12));
        if (b > 0 && text[b - 1] == '[')
        {
            var close = text.IndexOf(']', start, Math.Min(80, text.Length - start));
            // the page-label form puts a space before the comma: "[945 N.E.2d 489 , 920 N.Y.S.2d 296]"
            if (close > 0 && text.AsSpan(start, close - start).IndexOfAny("()") < 0
                && text.AsSpan(start, close - start).Contains(" , ", StringComparison.Ordinal))
            {
                resume = close + 1;
                return true;
            }
        }
        if (b >= 8 && text.AsSpan(Math.Max(0, b - 12), b - Math.Max(0, b - 12)).TrimEnd().EndsWith("Cite as:", StringComparison.Ordinal))
        {
            resume = TextScan.SkipDigits(text, start);
            return true;
        }
        return false;
    }

    /// <summary>A volume is not a star page ("*355"), part of a number ("1,000", "12.5") or a section ("§ 5").</summary>
    internal static bool VolumeAllowed(string text, int start)
    {
        if (start == 0)
            return true;
        var c = text[start - 1];
        if (c is '*' or '$' or '#' or '\u00B6' or '/' or '-' or '\u2013' or ':' || char.IsLetterOrDigit(c))
            return false;
        if ((c is ',' or '.') && start >= 2 && char.IsAsciiDigit(text[start - 2]))
            return false;
        if (TextScan.IsSpace(c))
        {
            var b = TextScan.SkipSpacesBack(text, start, Math.Max(0, start - 3));
            if (b > 0 && text[b - 1] is '\u00A7' or '*')
                return false;
        }
        return true;
    }
}
