using System.Text;
using System.Text.RegularExpressions;
using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Splits an opinion into its parts: the lead opinion (majority, plurality or per curiam, with its author when the
/// text names one), then each separate opinion ("SEYMOUR, Circuit Judge, dissenting", "JUSTICE THOMAS, with whom
/// JUSTICE ALITO joins, dissenting.", "Justice Scalia, concurring in the judgment."), in order. A syllabus before
/// the opinion proper is a part of kind "other".
/// </summary>
/// <remarks>
/// Only lines are examined, one at a time, and each pattern runs on a window of at most a few hundred characters,
/// so reading is linear in the length of the text. A heading counts only at the start of a line: the same words
/// inside a sentence, in a citation's parenthetical ("(Stevens, J., dissenting)") or in a syllabus ("KENNEDY, J.,
/// filed a dissenting opinion") do not start a part. A slip opinion repeats "ALITO, J., dissenting" at the top of
/// every page; a heading naming the same kind and author as the current part continues it.
/// </remarks>
public static partial class PartReader
{
    private const int MaxWindow = 400;
    private const int MaxLine = 320;

    /// <summary>The parts of <paramref name="text"/>, covering <c>[0, text.Length)</c> in order without overlap.</summary>
    /// <param name="text">The opinion's text.</param>
    /// <param name="bodyStart">Where the opinion proper begins (after the caption), when known.</param>
    public static IReadOnlyList<OpinionPart> Read(string text, int bodyStart = 0)
    {
        text ??= "";
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);
        try
        {
            return ReadCore(text, bodyStart);
        }
        catch (RegexMatchTimeoutException)
        {
            return [new OpinionPart("majority", null, 0, text.Length)];
        }
    }

    private readonly record struct Start(int Offset, string Kind, string? Author, bool RunningHead = false);

    private static List<OpinionPart> ReadCore(string text, int bodyStart)
    {
        var separate = new List<Start>();
        Lead? lead = null;
        Lead? hint = null;
        int syllabusLine = -1;
        // After "We concur:" the names are the panel's, not the author's.
        bool panelSigns = false;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = TextLines.LineEnd(text, lineStart);
            int next = lineEnd + 1;
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce > cs)
            {
                cs = TextLines.SkipStarPaging(text, cs, ce);
            }

            if (ce > cs)
            {
                bool leadBefore = lead is not null || separate.Count > 0;
                if (!leadBefore)
                {
                    ReadOnlySpan<char> content = text.AsSpan(cs, ce - cs);
                    if (content is "Syllabus" or "SYLLABUS")
                        syllabusLine = lineStart;
                    panelSigns |= content.Length <= 12 && IsWeConcur(content);
                    Lead? found = panelSigns ? null : LeadAt(text, cs, ce, bodyStart);
                    if (found is { } f)
                    {
                        if (f.Strong)
                        {
                            // "SMITH, J.\nI concur in the result.": the text is that judge's separate opinion.
                            lead = BareAuthorSeparate(text, cs, ce) is { } own
                                ? f with { Offset = lineStart, Kind = own.Kind }
                                : f with { Offset = lineStart };
                        }
                        else
                        {
                            hint ??= f;
                        }
                    }
                }

                if (SeparateAt(text, lineStart, cs, ce) is { } s)
                {
                    separate.Add(s);
                }
                else if (leadBefore && BareAuthorSeparate(text, cs, ce) is { } bare)
                {
                    // "KINGSLEY, J." then "I dissent." after the court's opinion.
                    separate.Add(bare with { Offset = lineStart });
                }
                else if (leadBefore && IsPerCuriamLine(text.AsSpan(cs, ce - cs)))
                {
                    // "EN BANC ORDER" then "PER CURIAM." after a dissent: the court speaks again. Right after a
                    // judge's name with no opinion between (the trial judge's line in the caption), the name was
                    // not the author: the court speaks per curiam.
                    if (separate.Count == 0 && lead is { Kind: "majority" } named && lineStart - named.Offset < 1500)
                        lead = new Lead(lineStart, "per_curiam", null, true);
                    else
                        separate.Add(new Start(lineStart, "per_curiam", null));
                }
                else if ((lead is not null || separate.Count > 0) && IsRehearingHeading(text.AsSpan(cs, ce - cs))
                    && RehearingLead(text, next) is { } again)
                {
                    // "ON DENIAL OF PETITION FOR REHEARING" then "HUNTLEY, Justice.": the court speaks again.
                    separate.Add(new Start(lineStart, again.Kind, again.Author));
                }
            }

            lineStart = next;
        }

        string leadKind = lead?.Kind ?? hint?.Kind ?? "majority";
        string? leadAuthor = lead?.Author ?? hint?.Author;
        var parts = new List<OpinionPart>();
        int leadStart = 0;
        if (lead is { } l && syllabusLine >= 0 && syllabusLine < l.Offset)
        {
            leadStart = ExtendBack(text, l.Offset, syllabusLine + 1);
            if (leadStart <= syllabusLine)
                leadStart = l.Offset;
            parts.Add(new OpinionPart("other", null, 0, leadStart));
        }

        string kind = leadKind;
        string? author = leadAuthor;
        int current = leadStart;
        // Where the current part's own heading is, when a separate heading started it; and whether that heading
        // was only a slip opinion's running head ("SOTOMAYOR, J., concurring" above the caption).
        int headingAt = -1;
        bool runningHeadOnly = false;
        for (int i = 0; i < separate.Count; i++)
        {
            Start s = separate[i];
            if (s.Kind == kind && s.Author == author)
            {
                // "SOTOMAYOR, J., concurring" heads the page, then the Court's order, then "JUSTICE SOTOMAYOR,
                // concurring in the decision to grant…": the order before the full heading is the Court's.
                if (runningHeadOnly && !s.RunningHead && current == 0 && lead is null && parts.Count == 0
                    && HasBody(text, headingAt, s.Offset, 80))
                {
                    int split = ExtendBack(text, s.Offset, headingAt + 1);
                    parts.Add(new OpinionPart("per_curiam", null, current, split));
                    current = split;
                }

                runningHeadOnly &= s.RunningHead;
                continue;
            }

            // "CONCURRING OPINION" with the author's name only at its end ("Justice Lloyd, concurring."): the
            // closing line names the part, it does not start another.
            if (s.Kind == kind && author is null && headingAt >= 0
                && !HasBody(text, s.Offset, i + 1 < separate.Count ? separate[i + 1].Offset : text.Length, 80))
            {
                author = s.Author;
                continue;
            }

            int begin = ExtendBack(text, s.Offset, current + 1);
            // After an author line of its own ("EBEL, Circuit Judge."), or after a separate heading, a short
            // opinion is still an opinion: "OTIS, Justice (concurring specially).\nI concur in the opinion of …".
            if (!HasBody(text, current, begin, headingAt >= 0 || (current == leadStart && lead is not null) ? 20 : 80))
            {
                // Nothing of the current part before this heading (a page header at most): the heading names it.
                kind = s.Kind;
                author = s.Author;
                headingAt = s.Offset;
                runningHeadOnly = s.RunningHead;
                continue;
            }

            parts.Add(new OpinionPart(kind, author, current, begin));
            current = begin;
            kind = s.Kind;
            author = s.Author;
            headingAt = s.Offset;
            runningHeadOnly = s.RunningHead;
        }

        parts.Add(new OpinionPart(kind, author, current, text.Length));
        NameFromClosingJoin(text, parts);
        NameFromSignature(text, parts);
        return parts;
    }

    /// <summary>
    /// A court's opinion without a named author that its author signs at the end: "STEWART, J." (or "KING" over
    /// "J.") above "We concur:", or "________ David T. Evans, Judge" under the panel's votes.
    /// </summary>
    private static void NameFromSignature(string text, List<OpinionPart> parts)
    {
        int i = parts.Count > 0 && parts[0].Kind == "other" ? 1 : 0;
        if (i >= parts.Count || parts[i] is not { Kind: "majority", Author: null } p)
            return;
        if (SignatureAuthor(text, p.Start, p.End) is { } who)
            parts[i] = p with { Author = who };
    }

    /// <summary>The judge who signs <c>[start, end)</c> at its end, or null.</summary>
    internal static string? SignatureAuthor(string text, int start, int end)
    {
        if (text is null || start < 0 || end > text.Length || start >= end)
            return null;
        string? underlined = null;
        int underlinedCount = 0;
        int weConcur = -1;
        for (int lineStart = start; lineStart < end;)
        {
            int lineEnd = Math.Min(TextLines.LineEnd(text, lineStart), end);
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce - cs is >= 9 and <= 12 && IsWeConcur(text.AsSpan(cs, ce - cs)))
                weConcur = lineStart;
            else if (ce - cs is > 10 and <= 120 && text[cs] == '_' && UnderlinedSignature(text.AsSpan(cs, ce - cs)) is { } signed)
            {
                underlined = signed;
                underlinedCount++;
            }

            lineStart = lineEnd + 1;
        }

        if (weConcur >= 0 && SignatureAbove(text, weConcur, start) is { } above)
            return above;
        return underlinedCount == 1 ? underlined : null;
    }

    private static bool IsWeConcur(ReadOnlySpan<char> line) =>
        line.TrimEnd(".:").Equals("We concur", StringComparison.OrdinalIgnoreCase);

    /// <summary>"__________ David T. Evans, Judge": the name under a signature line, or null.</summary>
    private static string? UnderlinedSignature(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> rest = line.TrimStart('_');
        if (line.Length - rest.Length < 5)
            return null;
        rest = rest.Trim();
        int comma = rest.LastIndexOf(',');
        if (comma <= 0 || rest.Length - comma > 12)
            return null;
        ReadOnlySpan<char> title = rest[(comma + 1)..].Trim().TrimEnd('.');
        if (title is not ("Judge" or "JUDGE" or "J" or "Justice" or "JUSTICE" or "P. J" or "P.J"))
            return null;
        ReadOnlySpan<char> name = rest[..comma];
        foreach (char c in name)
        {
            if (!char.IsLetter(c) && c is not (' ' or '.' or '\'' or '’' or '-'))
                return null;
        }

        return name.Length is > 1 and <= 60 ? Author(name.ToString()) : null;
    }

    /// <summary>
    /// The signature in the lines just above "We concur:" (page numbers and blanks skipped): "STEWART, J." on one
    /// line, or "KING" over "J.", "HOLLENHORST" over "Acting P. J.". Null otherwise.
    /// </summary>
    private static string? SignatureAbove(string text, int lineStart, int floor)
    {
        string? title = null;
        int at = lineStart;
        for (int seen = 0, steps = 0; seen < 2 && steps < 12; steps++)
        {
            int prev = TextLines.PreviousLineStart(text, at);
            if (prev < 0 || prev < floor)
                return null;
            int end = at - 1;
            at = prev;
            int cs = TextLines.ContentStart(text, prev, end);
            int ce = TextLines.ContentEnd(text, cs, end);
            if (ce <= cs || ce - cs <= 4 && text.AsSpan(cs, ce - cs).IndexOfAnyExceptInRange('0', '9') < 0)
                continue;
            if (ce - cs > 60)
                return null;
            seen++;
            string line = text.Substring(cs, ce - cs).Replace('\u00a0', ' ');
            if (title is null)
            {
                Match a = AuthorLine().Match(line);
                if (a.Success)
                    return Author(a.Groups["names"].Value);
                if (line is not ("J." or "P. J." or "P.J." or "Acting P. J." or "Acting P.J." or "Judge" or "Justice"))
                    return null;
                title = line;
                continue;
            }

            bool capitals = line.Length >= 2 && char.IsUpper(line[0]);
            foreach (char c in line)
                capitals &= char.IsUpper(c) || c is ' ' or '.' or '\'' or '’' or '-';
            return capitals ? Author(line) : null;
        }

        return null;
    }

    /// <summary>
    /// A separate opinion without a named author whose last line is "MITCHELL, C.J., and FRENCH, J., concur with
    /// BEALS, J.": the judges joined its author, so the line names him.
    /// </summary>
    private static void NameFromClosingJoin(string text, List<OpinionPart> parts)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            OpinionPart p = parts[i];
            if (p.Author is not null || p.Kind is "majority" or "plurality" or "per_curiam" or "other")
                continue;
            if (ClosingJoinAuthor(text, p.Start, p.End) is { } who)
                parts[i] = p with { Author = who };
        }
    }

    /// <summary>
    /// The judge named by a closing "… JJ., concur with BEALS, J." on the last line of <c>[start, end)</c>, or null.
    /// For a text that is one separate opinion whose heading the source left out.
    /// </summary>
    internal static string? ClosingJoinAuthor(string text, int start, int end)
    {
        if (text is null || start < 0 || end > text.Length || start >= end)
            return null;
        end = TextLines.ContentEnd(text, start, end);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end - start < 2)
            return null;
        int lineStart = text.LastIndexOf('\n', end - 1) + 1;
        if (lineStart < start || end - lineStart > MaxLine)
            return null;
        string line = text.Substring(lineStart, end - lineStart).Replace('\u00a0', ' ');
        if (!line.Contains("with", StringComparison.Ordinal))
            return null;
        try
        {
            Match m = ClosingJoin().Match(line);
            return m.Success ? Author(m.Groups["names"].Value) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(
        @"\bconcurs?\s{1,3}with\s{1,3}(?:(?:MR|Mr)\.?\s{1,3})?(?:(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3})?(?<names>" + NameToken + @"),?\s{1,3}(?:C\.\s?)?J\.(?:\s{0,3}\*\s{0,2}Page\s{1,3}\d{1,6})?\s{0,3}$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClosingJoin();

    /// <summary>True when <c>[start, end)</c> holds a line of running prose, not only page headers and blanks.</summary>
    /// <remarks>
    /// A short line that does not end a sentence ("In The", "Court of Appeals", "Chambers County, Texas") is part of a
    /// caption or a page header and does not count.
    /// </remarks>
    private static bool HasBody(string text, int start, int end, int minLetters)
    {
        int letters = 0;
        for (int lineStart = Math.Max(0, start); lineStart < end;)
        {
            int lineEnd = Math.Min(TextLines.LineEnd(text, lineStart), end);
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce - cs >= 45 || (ce > cs && text[ce - 1] is '.' or '?' or '!' or ';' or ':' or '"' or '”' or ')'))
            {
                for (int i = cs; i < ce; i++)
                {
                    if (char.IsLower(text[i]) && ++letters > minLetters)
                        return true;
                }
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    /// <summary>
    /// Moves a part's start back over the heading block directly before its heading: a docket line ("No. 00-1153,
    /// Ernest Medina v. Michael Cram, et al."), a slip opinion's page header ("Cite as: 581 U. S. ____ (2017)"),
    /// the court's name, the style of the case in capitals, the date. Never moves before <paramref name="floor"/>.
    /// </summary>
    private static int ExtendBack(string text, int lineStart, int floor)
    {
        int best = lineStart;
        int at = lineStart;
        for (int steps = 0, lines = 0; steps < 80 && lines < 24; steps++)
        {
            int prev = TextLines.PreviousLineStart(text, at);
            if (prev < 0 || prev < floor)
                break;
            int end = at - 1;
            int cs = TextLines.ContentStart(text, prev, end);
            int ce = TextLines.ContentEnd(text, cs, end);
            if (ce <= cs)
            {
                at = prev;
                continue;
            }

            if (ce - cs > 200 || !IsHeadingBlockLine(text.AsSpan(cs, ce - cs)))
                break;
            lines++;
            at = prev;
            best = prev;
        }

        return best;
    }

    private static readonly string[] Dispositions =
    [
        "AFFIRM", "REVERS", "REMAND", "VACATE", "DISMISS", "DENIED", "GRANTED", "SO ORDERED", "IT IS", "JUDGMENT",
        "ORDER", "WE CONCUR", "CONCUR", "ENTERED", "MODIFIED", "PETITION DENIED", "PETITION GRANTED",
    ];

    private static bool IsHeadingBlockLine(ReadOnlySpan<char> line)
    {
        if (IsByLabel(line))
            return true;
        if (line.StartsWith("No.") || line.StartsWith("Nos.") || line.StartsWith("Cite as")
            || line.StartsWith("(Slip Opinion)") || line.StartsWith("NO."))
        {
            return true;
        }

        if (line[0] == '[' && line[^1] == ']' && line.ContainsAny("0123456789"))
            return true;
        if (line.Trim("_-—=* ").IsEmpty)
            return true;
        if (line.StartsWith("Opinion of ") || line.StartsWith("Before ") || line.StartsWith("Argued") || line.StartsWith("Decided")
            || line.StartsWith("Submitted") || line.StartsWith("Filed"))
        {
            return true;
        }

        // A line in capitals (the court's name, the style of the case), but not a disposition ("AFFIRMED.").
        // A line ending in a period is a sentence or a disposition ("AFFIRMED."), unless the period ends an
        // abbreviation ("v.", "ET AL.", "JR.", "INC.").
        if (line[^1] == '.' && line.Length - 1 - line.LastIndexOf(' ') > 4)
            return false;

        foreach (string disposition in Dispositions)
        {
            if (line.StartsWith(disposition, StringComparison.OrdinalIgnoreCase))
                return false;
        }

        int letters = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (char.IsLower(c))
            {
                // "v.", "et al.", "ex rel." sit in capitalised styles of cases.
                if (c == 'v' && (i + 1 >= line.Length || line[i + 1] == '.'))
                    continue;
                return false;
            }

            if (char.IsLetter(c))
                letters++;
        }

        // "15–1112               v." between the parties of a consolidated case's style.
        return letters >= 3 || line is "v." || line.EndsWith(" v.", StringComparison.Ordinal);
    }

    // ---- Separate opinions --------------------------------------------------------------------------------

    private const string NameToken = @"[A-Z][\p{L}'’.\-]{0,24}";

    [GeneratedRegex(
        @"^(?:(?:MR|Mr|MRS|Mrs|MS|Ms|MADAM|Madam)\.?\s{1,3})?(?:(?:CHIEF|Chief|PRESIDING|Presiding|ASSOCIATE|Associate|SENIOR|Senior|ACTING|Acting)\s{1,3})?(?:(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3})?"
        + "(?<names>" + NameToken + @"(?:,?\s{1,3}" + NameToken + "){0,8})"
        + @",?\s{0,3}(?<paren>\(\s{0,2})?(?:with\s{1,3}whom\s[^()]{1,200}?\bjoin(?:s|ed)?\b,?\s{0,3})?"
        + @"(?:joins?,\s{1,3})?(?<kind>(?:(?:specially|separately)\s{1,3})?(?:concurring|dissenting|Concurring|Dissenting|CONCURRING|DISSENTING)\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SeparateHeading();

    [GeneratedRegex(
        @"^(?<kind>DISSENTING|CONCURRING|Dissenting|Concurring)(?:\s{1,3}(?:AND|and)\s{1,3}(?:DISSENTING|CONCURRING|Dissenting|Concurring))?\s{1,3}(?:OPINION|Opinion)\s{1,3}(?:BY|by)\s{0,3}:?\s{0,3}(?:(?:CHIEF|Chief|SENIOR|Senior)\s{1,3})?(?:(?:CIRCUIT|Circuit|DISTRICT|District)\s{1,3})?(?:(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3})?"
        + "(?<names>" + NameToken + @"(?:,?\s{1,3}" + NameToken + "){0,6})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SeparateByHeading();

    private static Start? SeparateAt(string text, int lineStart, int cs, int ce)
    {
        if (!char.IsUpper(text[cs]))
            return null;
        if (ce - cs <= 80)
        {
            if (BareKindHeading(text.AsSpan(cs, ce - cs)) is { } bareKind)
                return new Start(lineStart, bareKind, null);
            if (text.AsSpan(cs, ce - cs).EndsWith("as follows:", StringComparison.Ordinal) && StatesAsFollows(text, cs, ce) is { } states)
                return states with { Offset = lineStart };
        }

        int lineLength = ce - cs;
        bool opensParagraph = lineLength > MaxLine;
        if (opensParagraph)
        {
            // "MONTGOMERY, J., dissenting. The defendant made…": a heading that opens a long paragraph.
            if (!ContainsKeyword(text.AsSpan(cs, 100)))
                return null;
            lineLength = 200;
            ce = cs + lineLength;
        }

        ReadOnlySpan<char> line = text.AsSpan(cs, lineLength);
        bool keyword = ContainsKeyword(line);
        string window;
        if (keyword)
        {
            window = line.ToString();
            // A heading can run onto the next line: "JUSTICE GINSBURG, concurring in part and dissenting in\npart."
            int nextStart = ce < text.Length ? TextLines.LineEnd(text, ce) + 1 : text.Length;
            if (nextStart < text.Length)
            {
                int nextEnd = TextLines.LineEnd(text, nextStart);
                int ncs = TextLines.ContentStart(text, nextStart, nextEnd);
                int nce = TextLines.ContentEnd(text, ncs, nextEnd);
                if (nce > ncs && nce - ncs <= MaxLine)
                    window = window + " " + text.AsSpan(ncs, nce - ncs).ToString();
            }
        }
        else
        {
            // "JUSTICE ALITO, with whom JUSTICE THOMAS joins,\nconcurring in the denial of certiorari."
            if (!(line.EndsWith(",") || line.EndsWith(" joins") || line.EndsWith(" join") || line.EndsWith(" and")))
                return null;
            var sb = new StringBuilder(line.Length + 200).Append(line);
            int at = ce;
            bool found = false;
            for (int k = 0; k < 2 && at < text.Length; k++)
            {
                int nextStart = TextLines.LineEnd(text, at) + 1;
                if (nextStart >= text.Length)
                    break;
                int nextEnd = TextLines.LineEnd(text, nextStart);
                int ncs = TextLines.ContentStart(text, nextStart, nextEnd);
                int nce = TextLines.ContentEnd(text, ncs, nextEnd);
                if (nce <= ncs || nce - ncs > MaxLine)
                    break;
                sb.Append(' ').Append(text.AsSpan(ncs, nce - ncs));
                at = nextEnd;
                if (ContainsKeyword(text.AsSpan(ncs, nce - ncs)))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
                return null;
            window = sb.ToString();
        }

        if (window.Length > MaxWindow)
            window = window[..MaxWindow];
        window = window.Replace('\u00a0', ' ');
        char previous = PreviousCharacter(text, lineStart);
        if (previous is '(' or ',' || (char.IsLower(previous) && !AfterSignature(text, lineStart) && !AfterByLabel(text, lineStart)))
            return null;

        Match by = SeparateByHeading().Match(window);
        if (by.Success)
        {
            string? byAuthor = Author(by.Groups["names"].Value);
            if (byAuthor is null)
                return null;
            string byKind = by.Value.Contains("AND", StringComparison.Ordinal) || by.Value.Contains(" and ", StringComparison.Ordinal)
                ? "concurrence_in_part_dissent_in_part"
                : by.Groups["kind"].Value.StartsWith('D') ? "dissent" : "concurrence";
            return new Start(lineStart, byKind, byAuthor);
        }

        Match m = SeparateHeading().Match(window);
        if (!m.Success)
        {
            // "DOLLIVER, WILLIAMS, and DIMMICK, JJ., concur. ROSELLINI, J. (concurring)": the panel's line ends
            // with the next opinion's heading.
            int after = AfterVote(window);
            if (after < 0)
                return null;
            m = SeparateHeading().Match(window[after..]);
            if (!m.Success || after > line.Length || m.Groups["kind"].Index + after >= line.Length)
                return null;
            string? tailAuthor = Author(m.Groups["names"].Value);
            if (tailAuthor is null)
                return null;
            string tailPhrase = Phrase(window, m.Groups["kind"].Index + after, out _);
            return new Start(cs + after, KindOf(tailPhrase), tailAuthor);
        }

        string? author = Author(m.Groups["names"].Value);
        if (author is null)
            return null;
        int kindAt = m.Groups["kind"].Index;
        string phrase = Phrase(window, kindAt, out char terminator);
        if (terminator == ')' && window.LastIndexOf('(', kindAt) < 0)
            return null;
        // In a paragraph, only a heading that ends before the prose does: "dissenting. The", not "dissenting in Roe, argued".
        if (opensParagraph && (terminator is not ('.' or ':' or ')') || !IsPlainKindPhrase(phrase)))
            return null;
        return new Start(lineStart, KindOf(phrase), author, IsRunningHead(text.AsSpan(cs, ce - cs)));
    }

    /// <summary>
    /// A slip opinion's running head, "SOTOMAYOR, J., concurring": short, without a title or a closing period,
    /// unlike the opinion's own heading ("JUSTICE SOTOMAYOR, concurring.").
    /// </summary>
    private static bool IsRunningHead(ReadOnlySpan<char> line) =>
        line.Length <= 80 && line[^1] is not ('.' or ':' or ')' or ',')
        && !line.Contains("JUSTICE", StringComparison.OrdinalIgnoreCase) && !line.Contains("JUDGE", StringComparison.OrdinalIgnoreCase)
        && line.Contains(", J.,", StringComparison.Ordinal);

    /// <summary>
    /// "CONCURRING OPINION", "DISSENTING OPINION" or the same letter-spaced ("CONCURRING O P I N I O N") alone on
    /// its line: the kind of a separate opinion whose author signs at its end. Null otherwise.
    /// </summary>
    private static string? BareKindHeading(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("CONCURRING", StringComparison.Ordinal) && !line.StartsWith("DISSENTING", StringComparison.Ordinal))
            return null;
        Span<char> letters = stackalloc char[80];
        int n = 0;
        foreach (char c in line)
        {
            if (char.IsLetter(c))
                letters[n++] = c;
            else if (c is not (' ' or '.'))
                return null;
        }

        ReadOnlySpan<char> word = letters[..n];
        return word switch
        {
            "CONCURRINGOPINION" => "concurrence",
            "DISSENTINGOPINION" => "dissent",
            "CONCURRINGANDDISSENTINGOPINION" or "DISSENTINGANDCONCURRINGOPINION" => "concurrence_in_part_dissent_in_part",
            _ => null,
        };
    }

    [GeneratedRegex(
        "^(?<names>" + NameToken + @"(?:\s{1,3}" + NameToken + @"){0,3}),\s{1,3}(?:C\.\s?)?J\.,?\s{1,3}(?:(?<kind>dissents|concurs|concurs\s{1,3}in\s{1,3}part\s{1,3}and\s{1,3}dissents\s{1,3}in\s{1,3}part|concurs\s{1,3}in\s{1,3}the\s{1,3}result(?:\s{1,3}only)?|concurs\s{1,3}in\s{1,3}the\s{1,3}judgment),?\s{1,3}and\s{1,3})?states\s{1,3}as\s{1,3}follows:$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatesHeading();

    /// <summary>
    /// A statement in an order ("WEAVER, J., dissents and states as follows:", "CAVANAGH, J., states as follows:"):
    /// a dissent, a concurrence, or (a bare statement) kind "other".
    /// </summary>
    private static Start? StatesAsFollows(string text, int cs, int ce)
    {
        Match m = StatesHeading().Match(text.Substring(cs, ce - cs).Replace('\u00a0', ' '));
        if (!m.Success || Author(m.Groups["names"].Value) is not { } who)
            return null;
        string verb = m.Groups["kind"].Value;
        string kind = verb.Length == 0 ? "other"
            : verb.Contains("dissents in part", StringComparison.Ordinal) ? "concurrence_in_part_dissent_in_part"
            : verb.StartsWith("dissents", StringComparison.Ordinal) ? "dissent"
            : verb.Contains("result", StringComparison.Ordinal) || verb.Contains("judgment", StringComparison.Ordinal) ? "concurrence_in_judgment"
            : "concurrence";
        return new Start(cs, kind, who);
    }

    /// <summary>"dissenting", "concurring in part and dissenting in part", "CONCURRING": no names or citations.</summary>
    private static bool IsPlainKindPhrase(string phrase) =>
        phrase.Length <= 60 && (phrase.AsSpan(1).IndexOfAnyInRange('A', 'Z') < 0 || phrase.AsSpan().IndexOfAnyInRange('a', 'z') < 0);

    private static readonly string[] Votes = [" concur. ", " concurs. ", " dissent. ", " dissents. "];

    /// <summary>Where the text after the first vote sentence ("… JJ., concur and dissent. ") begins, or -1.</summary>
    private static int AfterVote(string window)
    {
        int best = -1;
        foreach (string vote in Votes)
        {
            int at = window.IndexOf(vote, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at + vote.Length < best))
                best = at + vote.Length;
        }

        return best;
    }

    private static bool IsRehearingHeading(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= 100 && line[^1] != '.' && char.IsUpper(line[0])
        && (line.Contains("REHEARING", StringComparison.Ordinal) || line.StartsWith("On Rehearing", StringComparison.Ordinal)
            || line.StartsWith("Opinion on Rehearing", StringComparison.OrdinalIgnoreCase));

    /// <summary>The lead signal ("HUNTLEY, Justice.", "PER CURIAM.") in the three lines after a rehearing heading.</summary>
    private static Lead? RehearingLead(string text, int from)
    {
        int lineStart = from;
        for (int seen = 0; seen < 3 && lineStart < text.Length;)
        {
            int lineEnd = TextLines.LineEnd(text, lineStart);
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce > cs)
            {
                seen++;
                cs = TextLines.SkipStarPaging(text, cs, ce);
                if (cs < ce && LeadAt(text, cs, ce, -1) is { Strong: true } found)
                    return found;
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    private static bool ContainsKeyword(ReadOnlySpan<char> line) =>
        line.Contains("dissenting", StringComparison.OrdinalIgnoreCase)
        || line.Contains("concurring", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text before the line ends with a judge's signature ("ROGER L. WOLLMAN Associate Justice").</summary>
    private static bool AfterSignature(string text, int lineStart)
    {
        int end = lineStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]) && lineStart - end < 400)
            end--;
        ReadOnlySpan<char> before = text.AsSpan(0, end);
        return before.EndsWith(" Justice", StringComparison.Ordinal) || before.EndsWith(" Judge", StringComparison.Ordinal)
            || before.EndsWith("\nJustice", StringComparison.Ordinal) || before.EndsWith("\nJudge", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the line before is a label of a web page's copy of the opinion: "Dissent by Stevens", "In Part
    /// Opinion by Barron", "Concurrence by Scalia" — a short line that names the author of what follows.
    /// </summary>
    private static bool AfterByLabel(string text, int lineStart)
    {
        int prev = TextLines.PreviousLineStart(text, lineStart);
        while (prev >= 0 && lineStart - prev < 400)
        {
            int end = TextLines.LineEnd(text, prev);
            int cs = TextLines.ContentStart(text, prev, end);
            int ce = TextLines.ContentEnd(text, cs, end);
            if (ce > cs)
            {
                return IsByLabel(text.AsSpan(cs, ce - cs));
            }
            prev = TextLines.PreviousLineStart(text, prev);
        }
        return false;
    }

    /// <summary>"Dissent by Stevens", "In Part Opinion by Barron": a label line of a web page's copy.</summary>
    private static bool IsByLabel(ReadOnlySpan<char> line)
    {
        int by = line.IndexOf(" by ", StringComparison.Ordinal);
        if (line.Length > 60 || by < 0 || by + 4 >= line.Length || !char.IsUpper(line[by + 4]))
            return false;
        var label = line[..by];
        return label.EndsWith("Opinion", StringComparison.Ordinal) || label.EndsWith("Dissent", StringComparison.Ordinal)
            || label.EndsWith("Concurrence", StringComparison.Ordinal) || label.EndsWith("Opinions", StringComparison.Ordinal);
    }

    /// <summary>The last character before the line that is not whitespace, or '\0'.</summary>
    private static char PreviousCharacter(string text, int lineStart)
    {
        for (int i = lineStart - 1, n = 0; i >= 0 && n < 400; i--, n++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return text[i];
        }

        return '\0';
    }

    /// <summary>The words of the kind, up to the first '.', ':', ';', ')' or dash (at most 120 characters).</summary>
    private static string Phrase(string window, int at, out char terminator)
    {
        int end = Math.Min(window.Length, at + 120);
        terminator = '\0';
        for (int i = at; i < end; i++)
        {
            char c = window[i];
            if (c is '.' or ':' or ';' or ')' or '—' or '–' or '-' or ',')
            {
                terminator = c;
                return window[at..i];
            }
        }

        return window[at..end];
    }

    private static string KindOf(string phrase)
    {
        bool dissent = phrase.Contains("dissenting", StringComparison.OrdinalIgnoreCase);
        bool concur = phrase.Contains("concurring", StringComparison.OrdinalIgnoreCase);
        if (dissent && concur)
            return "concurrence_in_part_dissent_in_part";
        if (dissent)
            return "dissent";
        if (phrase.Contains("judgment", StringComparison.OrdinalIgnoreCase)
            || phrase.Contains("result", StringComparison.OrdinalIgnoreCase))
        {
            return "concurrence_in_judgment";
        }

        return "concurrence";
    }

    // ---- Lead opinion --------------------------------------------------------------------------------------

    private readonly record struct Lead(int Offset, string Kind, string? Author, bool Strong);

    [GeneratedRegex(
        @"^(?:(?:MR|Mr|MADAM|Madam)\.?\s{1,3})?(?:(?:CHIEF|Chief|PRESIDING|Presiding)\s{1,3})?(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3}"
        + "(?<names>" + NameToken + @"(?:\s{1,3}" + NameToken + "){0,4})"
        + @",?\s{1,3}(?<verb>delivered|announced)\s{1,3}the\s{1,3}(?:opinion|judgment|Opinion|Judgment|OPINION)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeliveredHeading();

    [GeneratedRegex(
        "^(?<names>" + NameToken + @"(?:,?\s{1,3}" + NameToken + "){0,6})"
        + @",?\s{1,3}(?<verb>delivered|announced)\s{1,3}the\s{1,3}(?:opinion|judgment|Opinion|Judgment|OPINION)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeliveredByName();

    [GeneratedRegex(
        @"^(?:(?:MEMORANDUM|Memorandum)\s{1,3})?(?:OPINION|Opinion)\s{1,3}(?:(?:for|FOR)\s{1,3}(?:the|THE)\s{1,3}(?:Court|COURT)\s{1,3}(?:filed\s{1,3})?)?(?:BY|by|By)\s{0,3}:?\s{0,3}(?:(?:CHIEF|Chief|SENIOR|Senior)\s{1,3})?(?:(?:CIRCUIT|Circuit|DISTRICT|District)\s{1,3})?(?:(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3})?"
        + "(?<names>" + NameToken + @"(?:,?\s{1,3}" + NameToken + "){0,6})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpinionBy();

    [GeneratedRegex(
        "^(?<names>" + NameToken + @"(?:\s{1,3}" + NameToken + @"){0,3})(?:,\s{1,3}(?:Jr|JR|Sr|SR|II|III)\.?)?(?:,\s{1,3}|\s{1,3}(?=(?:C\.\s?)?J\.\s{0,3}$))"
        + @"(?<title>(?:(?:Senior|SENIOR|Chief|CHIEF|Circuit|CIRCUIT|District|DISTRICT|Presiding|PRESIDING|Associate|ASSOCIATE|Acting|ACTING|Bankruptcy|BANKRUPTCY|Magistrate|MAGISTRATE|United\s{1,3}States|UNITED\s{1,3}STATES)\s{1,3}){0,3}(?:Judge|JUDGE|Justice|JUSTICE)|C\.\s?J\.|J\.|P\.\s?J\.|J\.A\.D\.|Ch\.\s?J\.)(?:,?\s{1,3}\(?(?:pro|Pro|PRO)\s{1,2}(?:tem|Tem|TEM)\.?\)?)?"
        + @"(?:,?\s{1,3}(?:for|FOR)\s{1,3}(?:the|THE)\s{1,3}(?:Court|COURT|court)\s{0,3}[.:]?\s{0,3}$|\s{0,3}[.:]?\s{0,3}(?:[*∗†]|\[fn\.?\s{0,2}[*∗\d]{1,3}\])?\s{0,3}(?:\d{1,3})?\s{0,2}[—–]?$|(?<=\.)\s{1,3}[A-Z“""‘]|\.\s{1,3}[A-Z“""‘]|\.?\s{0,2}[—–-]{1,2}\s{0,2}[A-Z“""‘]|:\s{1,12}[A-Z“""‘])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AuthorLine();

    /// <summary>"MR. JUSTICE GAGE." or "Mr. Chief Justice Taft:" alone on its line (the title before the name).</summary>
    [GeneratedRegex(
        @"^(?:MR|Mr|MADAM|Madam)\.?\s{1,3}(?:(?:CHIEF|Chief|PRESIDING|Presiding|ASSOCIATE|Associate)\s{1,3})?(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3}(?<names>"
        + NameToken + @"(?:\s{1,3}" + NameToken + @"){0,2}?)(?<title>\s{0,3}[.:])\s{0,3}$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleFirstAuthorLine();

    [GeneratedRegex(
        @"^The\s{1,3}opinion\s{1,3}of\s{1,3}the\s{1,3}court\s{1,3}was\s{1,3}delivered\s{1,3}by\s{1,3}(?:(?:CHIEF|Chief)\s{1,3})?(?:(?:JUSTICE|Justice|JUDGE|Judge)\s{1,3})?(?<names>" + NameToken + @"(?:,?\s{1,3}" + NameToken + "){0,6})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeliveredBy();

    [GeneratedRegex(
        @"^Statement\s{1,3}of\s{1,3}(?:(?:CHIEF|Chief)\s{1,3})?(?:JUSTICE|Justice)\s{1,3}(?<names>" + NameToken + @")\s{1,3}respecting",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Statement();

    /// <summary>A lead signal on the line <c>[cs, ce)</c>; <paramref name="bodyStart"/> -1 accepts an author line anywhere.</summary>
    private static Lead? LeadAt(string text, int cs, int ce, int bodyStart)
    {
        int length = Math.Min(ce - cs, MaxWindow);
        ReadOnlySpan<char> line = text.AsSpan(cs, length);
        if (IsPerCuriamLine(line) || IsPerCuriamVoteLine(line))
            return new Lead(cs, "per_curiam", null, true);
        if (!char.IsUpper(line[0]))
            return null;

        // "On order of the Court, the application for leave to appeal is considered…": the court's order, unsigned.
        if (line.StartsWith("On order of the Court,", StringComparison.Ordinal))
            return new Lead(cs, "per_curiam", null, false);

        if (line.StartsWith("Statement of ", StringComparison.Ordinal))
        {
            Match st = Statement().Match(line.ToString().Replace('\u00a0', ' '));
            if (st.Success && Author(st.Groups["names"].Value) is { } speaker)
                return new Lead(cs, "other", speaker, true);
        }

        string? delivered = null;
        if (line.Contains("delivered the", StringComparison.Ordinal) || line.Contains("announced the", StringComparison.Ordinal))
            delivered = line.ToString();
        else if (DeliveredOnNextLine(text, line, ce) is { } joined)
            delivered = joined;
        if (delivered is not null)
        {
            string window = delivered.Replace('\u00a0', ' ');
            Match d = DeliveredHeading().Match(window);
            bool strong = d.Success;
            if (!strong)
                d = DeliveredByName().Match(window);
            if (d.Success && Author(d.Groups["names"].Value) is { } who)
            {
                bool plurality = d.Groups["verb"].Value == "announced"
                    && window.Contains("delivered an opinion", StringComparison.Ordinal);
                string kind = plurality ? "plurality" : "majority";
                // "GINSBURG, J., delivered the opinion of the Court, in which …" is how a syllabus summarises; some
                // state courts head their opinions so too. Either way it names the author, not where the opinion starts.
                return new Lead(cs, kind, who, strong);
            }
        }

        if (line.StartsWith("The opinion of the court was delivered by ", StringComparison.OrdinalIgnoreCase))
        {
            Match by = DeliveredBy().Match(line.ToString().Replace('\u00a0', ' '));
            if (by.Success && Author(by.Groups["names"].Value) is { } who)
                return new Lead(cs, "majority", who, true);
        }

        if (line.StartsWith("OPINION", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("MEMORANDUM OPINION", StringComparison.OrdinalIgnoreCase))
        {
            Match by = OpinionBy().Match(line.ToString().Replace('\u00a0', ' '));
            if (by.Success && Author(by.Groups["names"].Value) is { } who)
                return new Lead(cs, "majority", who, !by.Value.Contains("filed", StringComparison.Ordinal));
        }

        // "TACHA, Chief Judge." at the start of the opinion proper, or as the caption's last line.
        if ((bodyStart < 0 || (cs >= bodyStart && cs - bodyStart < 6000) || (cs < bodyStart && OnlyBlanks(text, ce, bodyStart)))
            && !line.StartsWith("Before", StringComparison.OrdinalIgnoreCase))
        {
            Match a = AuthorLine().Match(line.ToString().Replace('\u00a0', ' ').Replace('\u0097', '—'));
            if (a.Success && Author(a.Groups["names"].Value) is { } who)
                return new Lead(cs, "majority", who, true);
        }

        return null;
    }

    /// <summary>
    /// "JUSTICE SCHMIDT" alone on its line and "delivered the opinion of the court:" on the next: the two lines joined,
    /// or null.
    /// </summary>
    private static string? DeliveredOnNextLine(string text, ReadOnlySpan<char> line, int ce)
    {
        if (line.Length > 60 || line.Contains('.') && !line.StartsWith("Mr.", StringComparison.OrdinalIgnoreCase)
            || !(line.Contains("JUSTICE", StringComparison.OrdinalIgnoreCase) || line.Contains("JUDGE", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        int nextStart = TextLines.LineEnd(text, ce) + 1;
        if (nextStart >= text.Length)
            return null;
        int nextEnd = TextLines.LineEnd(text, nextStart);
        int ncs = TextLines.ContentStart(text, nextStart, nextEnd);
        int nce = TextLines.ContentEnd(text, ncs, nextEnd);
        if (nce - ncs < 14 || !text.AsSpan(ncs, nce - ncs).StartsWith("delivered the ", StringComparison.Ordinal))
            return null;
        return string.Concat(line, " ", text.AsSpan(ncs, Math.Min(nce - ncs, 80)));
    }

    /// <summary>
    /// "Per curiam. Keasler and Hervey, JJ., dissent.": the court's opinion is per curiam, with the vote on the same
    /// line.
    /// </summary>
    private static bool IsPerCuriamVoteLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 160 || !line.StartsWith("PER CURIAM", StringComparison.OrdinalIgnoreCase) || line.Length < 12
            || line[10] is not ('.' or ':'))
        {
            return false;
        }

        ReadOnlySpan<char> vote = line[11..].Trim();
        return vote.Length > 0 && char.IsUpper(vote[0]) && vote.IndexOf('.') > 0
            && (vote.EndsWith(" dissent.", StringComparison.Ordinal) || vote.EndsWith(" dissents.", StringComparison.Ordinal)
                || vote.EndsWith(" concur.", StringComparison.Ordinal) || vote.EndsWith(" concurs.", StringComparison.Ordinal)
                || vote.EndsWith(" not participating.", StringComparison.Ordinal));
    }

    /// <summary>"PER CURIAM.", "Per Curiam:", "OPINION PER CURIAM, June 13, 1968:" on a line of their own.</summary>
    private static bool IsPerCuriamLine(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("OPINION ", StringComparison.OrdinalIgnoreCase))
            line = line[8..].TrimStart();
        return line.Length <= 40 && line.StartsWith("PER CURIAM", StringComparison.OrdinalIgnoreCase)
            && (line.Length == 10 || !char.IsLetter(line[10]));
    }

    /// <summary>True when <c>[start, end)</c> holds only whitespace (and is at most a few hundred characters long).</summary>
    private static bool OnlyBlanks(string text, int start, int end)
    {
        if (end - start > 400)
            return false;
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return false;
        }

        return true;
    }

    [GeneratedRegex(
        @"^(?:(?:Respectfully|Reluctantly|Regretfully|Accordingly|With\s{1,3}(?:all\s{1,3})?(?:due\s{1,3})?(?:respect|deference)),\s{1,3})?I\s{1,3}(?:(?:must|would|also|therefore|thus|respectfully|reluctantly|regretfully|do|most|hereby|specially|separately)\s{1,3}){0,3}(?:dissent|concur)\b(?!\s{0,3}:)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstPersonVote();

    /// <summary>
    /// A separate opinion headed by its author's name alone, whose first sentence says how the judge votes:
    /// "KINGSLEY, J." then "I dissent. As I view the record…", or "BROWN, J. I concur in the result." Null otherwise.
    /// </summary>
    private static Start? BareAuthorSeparate(string text, int cs, int ce)
    {
        if (ce - cs > MaxLine || !char.IsUpper(text[cs]))
            return null;
        ReadOnlySpan<char> head = text.AsSpan(cs, Math.Min(ce - cs, 90));
        if (!head.Contains("J.", StringComparison.Ordinal) && !head.Contains("Judge", StringComparison.OrdinalIgnoreCase)
            && !head.Contains("Justice", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string line = text.Substring(cs, ce - cs).Replace('\u00a0', ' ');
        Match a = AuthorLine().Match(line);
        if (!a.Success)
            a = TitleFirstAuthorLine().Match(line);
        if (!a.Success || Author(a.Groups["names"].Value) is not { } who)
            return null;
        // What follows the title on the same line ("I dissent."), else the next line with text.
        Group title = a.Groups["title"];
        string rest = line[(title.Index + title.Length)..].TrimStart(' ', '.', ':', '—', '–', '-', '*', '∗', '†');
        if (rest.Length == 0)
        {
            int nextStart = TextLines.LineEnd(text, ce) + 1;
            for (int k = 0; k < 3 && nextStart < text.Length; k++)
            {
                int nextEnd = TextLines.LineEnd(text, nextStart);
                int ncs = TextLines.ContentStart(text, nextStart, nextEnd);
                int nce = TextLines.ContentEnd(text, ncs, nextEnd);
                // A paragraph number ("59") between the name and the opinion is skipped.
                if (nce > ncs && !(nce - ncs <= 4 && text.AsSpan(ncs, nce - ncs).IndexOfAnyExceptInRange('0', '9') < 0))
                {
                    ncs = TextLines.SkipStarPaging(text, ncs, nce);
                    rest = text.Substring(ncs, Math.Min(nce - ncs, 160));
                    break;
                }

                nextStart = nextEnd + 1;
            }
        }
        else if (rest.Length > 160)
        {
            rest = rest[..160];
        }

        Match vote = FirstPersonVote().Match(rest);
        if (!vote.Success)
            return null;
        int stop = rest.IndexOfAny(['.', ';', ':'], vote.Index);
        string sentence = stop < 0 ? rest : rest[..stop];
        bool dissent = sentence.Contains("dissent", StringComparison.OrdinalIgnoreCase);
        bool concur = sentence.Contains("concur", StringComparison.OrdinalIgnoreCase);
        string kind = dissent && concur ? "concurrence_in_part_dissent_in_part"
            : dissent ? "dissent"
            : sentence.Contains("judgment", StringComparison.OrdinalIgnoreCase) || sentence.Contains("result", StringComparison.OrdinalIgnoreCase)
                ? "concurrence_in_judgment" : "concurrence";
        return new Start(cs, kind, who);
    }

    // ---- Names ---------------------------------------------------------------------------------------------

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Judge", "Judges", "Justice", "Justices", "Circuit", "District", "Chief", "Senior", "Associate", "Presiding",
        "Acting", "Special", "Magistrate", "Pro", "Tem", "J", "JJ", "CJ", "C", "PJ", "P", "JAD", "PJAD", "A", "D", "Ch", "Jr",
        "Sr", "Retired", "Appellate", "Court", "Mr", "Mrs", "Ms", "II", "III", "IV", "Bankruptcy", "Vice",
        "Administrative", "Deputy", "Chancellor", "Commissioner", "Referee", "Member", "Temporary", "Assigned",
        "Sitting", "Designation", "By", "Hon", "Honorable",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "This", "That", "These", "Those", "We", "I", "In", "It", "Its", "Our", "A", "An", "He", "She", "They",
        "See", "Cf", "But", "And", "As", "Although", "While", "Because", "Id", "Accord", "Compare", "Majority",
        "Respondent", "Respondents", "Petitioner", "Petitioners", "Appellant", "Appellee", "Plaintiff", "Defendant",
        "State", "United", "Members", "Panel", "Opinion", "Dissent", "Concurrence", "Both", "Neither", "Each", "All",
        "Two", "Three", "One", "His", "Her", "Their", "My", "If", "When", "Where", "Thus", "Here", "There", "So", "Yet",
        "Also", "Even", "Only", "However", "Moreover", "Finally", "First", "Second", "Third", "For", "On", "At",
        "Under", "Today", "Since", "After", "Before", "Like", "Unlike", "Nor", "Or", "Not", "What", "Why", "How",
        "Who", "Whom", "Which", "Judgment", "Order", "Affirmed", "Reversed", "Some", "Most", "Many", "Other",
        "Others", "Government", "Hon", "Honorable", "Court", "Courts", "Justice", "Judge", "Chief", "Supreme", "Circuit",
        // adverbs of the kind, not names: "Specially concurring, Judge Wallace wrote …" (a summary's prose)
        "Specially", "Separately", "Partially", "Respectfully", "Concurring", "Dissenting", "Also", "Additionally",
    };

    /// <summary>
    /// The author's surname from the names before the kind: "SEYMOUR, Circuit Judge" → "Seymour"; "J. SKELLY
    /// WRIGHT" → "Wright"; "HENNING, PATTI ENGLANDER, Associate Judge" → "Henning" (surname first). Null when the
    /// words are not a person's name.
    /// </summary>
    internal static string? Author(string names)
    {
        names = JoinSpacedCapitals(names);
        string[] segments = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0)
            return null;
        string[] firstWords = segments[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (firstWords.Length == 0 || NotNames.Contains(firstWords[0].TrimEnd('.')))
            return null;
        foreach (string segment in segments)
        {
            string[] words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = words.Length - 1; i >= 0; i--)
            {
                string w = words[i];
                string bare = w.Replace(".", "", StringComparison.Ordinal);
                if (bare.Length < 2 || Titles.Contains(bare) || w.EndsWith('.') && bare.Length <= 3 && bare.All(char.IsUpper))
                    continue;
                if (segment != segments[0] && IsTitleSegment(words))
                    break;
                return Surname(w.TrimEnd('.'));
            }
        }

        return null;
    }

    /// <summary>
    /// Small capitals that lost their size keep a space after the capital: "J. S TEVEN S TAFFORD" → "J. STEVEN
    /// STAFFORD". A single capital without a period followed by a word in capitals is joined to it.
    /// </summary>
    private static string JoinSpacedCapitals(string names)
    {
        if (names.Length > MaxWindow || names.IndexOf(' ') < 0)
            return names;
        string[] words = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(names.Length);
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (sb.Length > 0)
                sb.Append(' ');
            if (w.Length == 1 && char.IsUpper(w[0]) && i + 1 < words.Length && words[i + 1].Length >= 2
                && IsCapitals(words[i + 1]))
            {
                sb.Append(w).Append(words[i + 1]);
                i++;
                continue;
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    private static bool IsCapitals(string word)
    {
        foreach (char c in word.TrimEnd(',', '.'))
        {
            if (!char.IsUpper(c) && c is not ('\'' or '’' or '-'))
                return false;
        }

        return word.TrimEnd(',', '.').Length >= 2;
    }

    private static bool IsTitleSegment(string[] words)
    {
        foreach (string w in words)
        {
            if (!Titles.Contains(w.Replace(".", "", StringComparison.Ordinal)))
                return false;
        }

        return true;
    }

    /// <summary>"SEYMOUR" → "Seymour", "McHUGH" → "McHugh", "O'CONNOR" → "O'Connor", "Scalia" stays.</summary>
    internal static string Surname(string word)
    {
        int lastLower = -1;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsLower(word[i]))
                lastLower = i;
        }

        int capsFrom = lastLower + 1;
        if (word.Length - capsFrom < 2)
            return word;
        var sb = new StringBuilder(word.Length);
        sb.Append(word, 0, capsFrom);
        bool startOfWord = true;
        for (int i = capsFrom; i < word.Length; i++)
        {
            char c = word[i];
            sb.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = !char.IsLetter(c) || (i == 1 && lastLower < 0 && word[0] == 'M' && c == 'C');
            if (i == 1 && lastLower < 0 && word[0] == 'M' && c == 'C')
            {
                sb[^1] = 'c';
                startOfWord = true;
            }
        }

        return sb.ToString();
    }
}
