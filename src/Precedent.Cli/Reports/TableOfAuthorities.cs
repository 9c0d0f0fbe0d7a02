using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Precedent.Citations;
using Precedent.Cli.Commands;
using Precedent.Documents;

namespace Precedent.Cli.Reports;

/// <summary>One line of a table of authorities.</summary>
/// <param name="Label">The authority's Bluebook-style label.</param>
/// <param name="Italic">The leading part set in italics (a case name), or null.</param>
/// <param name="Locations">The distinct pages (or lines) where it is cited, ascending.</param>
/// <param name="Passim">Cited on five or more distinct pages.</param>
internal sealed record ToaEntry(string Label, string? Italic, IReadOnlyList<int> Locations, bool Passim)
{
    /// <summary>"passim" or "3, 5, 7".</summary>
    public string LocationText => Passim ? "passim" : string.Join(", ", Locations.Select(l => l.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>A section of the table ("Cases") with its entries in order.</summary>
internal sealed record ToaSection(string Title, IReadOnlyList<ToaEntry> Entries);

/// <summary>
/// The table of authorities of a brief: every authority once, in the sections briefs use (Cases, Constitutional
/// Provisions, Statutes, Rules, Regulations, Other Authorities), alphabetised as briefs do, with the pages where each
/// is cited ("passim" from five pages on). Pages come from the document (a PDF's pages, a .docx's page breaks, a
/// text's form feeds); a plain text without pages is indexed by line instead. Record citations are not authorities.
/// </summary>
internal sealed partial class TableOfAuthorities
{
    /// <summary>Cited on this many distinct pages or more: "passim".</summary>
    public const int PassimThreshold = 5;

    /// <summary>The section titles, in order.</summary>
    public static readonly IReadOnlyList<string> SectionTitles =
        ["Cases", "Constitutional Provisions", "Statutes", "Rules", "Regulations", "Other Authorities"];

    private TableOfAuthorities(IReadOnlyList<ToaSection> sections, bool byPage)
    {
        Sections = sections;
        ByPage = byPage;
    }

    /// <summary>The non-empty sections, in order.</summary>
    public IReadOnlyList<ToaSection> Sections { get; }

    /// <summary>True when locations are pages; false when they are lines.</summary>
    public bool ByPage { get; }

    /// <summary>"Page(s)" or "Line(s)".</summary>
    public string LocationHeader => ByPage ? "Page(s)" : "Line(s)";

    /// <summary>Builds the table of a resolved document read from <paramref name="source"/>.</summary>
    public static TableOfAuthorities Build(SourceDocument source, ResolvedDocument doc)
    {
        var byPage = DocumentInput.IsPaged(source);
        // Authorities with the same label (a statute cited in two forms, say) are one line.
        var merged = new Dictionary<string, (string Section, string? Italic, SortedSet<int> Where)>(StringComparer.Ordinal);
        foreach (var a in doc.Authorities)
        {
            var first = a.Citations.Count > 0 ? doc.Citations[a.Citations[0]] : null;
            var full = a.Citations.Select(i => doc.Citations[i]).FirstOrDefault(c => c.Kind is CitationKind.Case or CitationKind.Neutral or CitationKind.Journal && c.ParallelOf is null) ?? first;
            var section = SectionOf(a, full);
            if (section is null)
                continue;
            var label = CheckCommand.Collapse(a.Label);
            // A case in a reporter the catalog does not know is labelled by its bare cite: give it its name and year.
            if (section == "Cases" && full is { Kind: CitationKind.Unknown, CaseName: { } unknownName } unknown
                && !label.StartsWith(unknownName, StringComparison.Ordinal))
            {
                label = CheckCommand.Collapse(unknownName) + ", " + CheckCommand.Collapse(unknown.Text)
                        + (unknown.Year is { } y ? $" ({(unknown.CourtText is { } ct ? ct + " " : "")}{y.ToString(CultureInfo.InvariantCulture)})" : "");
            }
            // An article's label starts at its title; the author written before it belongs in the table too.
            if (section == "Other Authorities" && full is { Kind: CitationKind.Journal } article
                && AuthorBefore(doc.Text, article.FullStart) is { } author && !label.StartsWith(author, StringComparison.Ordinal))
                label = author + ", " + label;
            if (!merged.TryGetValue(label, out var entry))
            {
                var italic = section == "Cases" && full?.CaseName is { } name && label.StartsWith(CheckCommand.Collapse(name), StringComparison.Ordinal)
                    ? CheckCommand.Collapse(name)
                    : null;
                entry = (section, italic, new SortedSet<int>());
                merged[label] = entry;
            }
            foreach (var i in a.Citations)
            {
                var offset = Math.Clamp(doc.Citations[i].Start, 0, source.Text.Length);
                entry.Where.Add(byPage ? source.PageAt(offset) : source.LineAt(offset));
            }
        }

        var sections = new List<ToaSection>();
        foreach (var title in SectionTitles)
        {
            var entries = merged.Where(kv => kv.Value.Section == title)
                .Select(kv => new ToaEntry(kv.Key, kv.Value.Italic, kv.Value.Where.ToArray(), byPage && kv.Value.Where.Count >= PassimThreshold))
                .ToList();
            if (entries.Count == 0)
                continue;
            entries.Sort(ComparerFor(title));
            sections.Add(new ToaSection(title, entries));
        }
        return new TableOfAuthorities(sections, byPage);
    }

    /// <summary>The section of an authority; null for what is not an authority (the record).</summary>
    private static string? SectionOf(Authority a, Citation? full) => a.Kind switch
    {
        "case" or "neutral" => "Cases",
        "constitution" => "Constitutional Provisions",
        "statute" => "Statutes",
        "rule" => "Rules",
        "regulation" => "Regulations",
        "journal" when full?.CaseName is { } n && IsCaseName(n) => "Cases",
        "record" => null,
        _ when full?.CaseName is { } n && IsCaseName(n) => "Cases",
        _ => "Other Authorities",
    };

    [GeneratedRegex(@"(?:^|[\s(;])(?<author>(?:[A-Z][A-Za-z'\-]*\.?\s+){1,3}[A-Z][A-Za-z'\-]+(?:,\s+(?:Jr|Sr)\.|\s+I{2,3})?(?:,?\s+(?:&|and)\s+(?:[A-Z][A-Za-z'\-]*\.?\s+){1,3}[A-Z][A-Za-z'\-]+)?),\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex AuthorPattern();

    private static readonly HashSet<string> SignalWords = new(StringComparer.Ordinal) { "See", "Cf.", "Accord", "Compare", "Contra", "But", "E.g." };

    /// <summary>"Joanna C. Schwartz" in "see Joanna C. Schwartz, How Qualified Immunity Fails, 127 Yale L.J. 2".</summary>
    internal static string? AuthorBefore(string text, int fullStart)
    {
        fullStart = Math.Clamp(fullStart, 0, text.Length);
        var from = Math.Max(0, fullStart - 120);
        try
        {
            var m = AuthorPattern().Match(text[from..fullStart]);
            if (!m.Success)
                return null;
            var words = CheckCommand.Collapse(m.Groups["author"].Value).Split(' ').ToList();
            while (words.Count > 2 && SignalWords.Contains(words[0]))
                words.RemoveAt(0);
            return string.Join(' ', words);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool IsCaseName(string name)
        => name.Contains(" v. ", StringComparison.Ordinal) || name.StartsWith("In re ", StringComparison.Ordinal)
           || name.StartsWith("Ex parte ", StringComparison.Ordinal);

    // ---- ordering ----------------------------------------------------------------------------------------------

    private static readonly string[] IgnoredPrefixes = ["In the Matter of ", "In re ", "Ex parte ", "The "];

    /// <summary>The sort key of a case: without a leading "In re ", "Ex parte ", "In the Matter of " or "The ".</summary>
    internal static string CaseSortKey(string label)
    {
        foreach (var prefix in IgnoredPrefixes)
        {
            if (label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && label.Length > prefix.Length)
                return label[prefix.Length..];
        }
        return label;
    }

    private static Comparison<ToaEntry> ComparerFor(string section) => section switch
    {
        "Cases" => (a, b) => Tie(NaturalCompare(CaseSortKey(a.Label), CaseSortKey(b.Label)), a, b),
        "Statutes" or "Regulations" => (a, b) => Tie(CompareCodified(a.Label, b.Label), a, b),
        "Constitutional Provisions" => (a, b) => Tie(CompareConstitution(a.Label, b.Label), a, b),
        _ => (a, b) => Tie(NaturalCompare(a.Label, b.Label), a, b),
    };

    private static int Tie(int c, ToaEntry a, ToaEntry b) => c != 0 ? c : string.CompareOrdinal(a.Label, b.Label);

    [GeneratedRegex(@"^(?<title>\d+)\s+(?<code>.+?)\s*(?:§§?\s*|\s)(?<section>\d.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitledLabel();

    /// <summary>Statutes and regulations: the United States Code (or C.F.R.) first, then by code, by title number, by section numerically.</summary>
    internal static int CompareCodified(string a, string b)
    {
        var (ca, ta, sa) = SplitCodified(a);
        var (cb, tb, sb) = SplitCodified(b);
        var c = CodeRank(ca).CompareTo(CodeRank(cb));
        if (c == 0)
            c = string.Compare(ca, cb, StringComparison.OrdinalIgnoreCase);
        if (c == 0)
            c = ta.CompareTo(tb);
        if (c == 0)
            c = NaturalCompare(sa, sb);
        return c;
    }

    private static (string Code, long Title, string Section) SplitCodified(string label)
    {
        var m = TitledLabel().Match(label);
        if (m.Success && long.TryParse(m.Groups["title"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var title))
            return (m.Groups["code"].Value.Trim(), title, m.Groups["section"].Value);
        var sign = label.IndexOf('§', StringComparison.Ordinal);
        return sign > 0 ? (label[..sign].Trim(), 0, label[(sign + 1)..].TrimStart('§', ' ')) : (label, 0, "");
    }

    private static int CodeRank(string code) => code switch
    {
        "U.S.C." or "C.F.R." => 0,
        "Stat." or "Pub. L." or "Fed. Reg." => 1,
        _ => 2,
    };

    /// <summary>The United States Constitution first, articles before amendments, numbers (Roman too) in order.</summary>
    internal static int CompareConstitution(string a, string b)
    {
        static int Rank(string s) => s.StartsWith("U.S. Const.", StringComparison.Ordinal) ? 0 : 1;
        static int PartRank(string s) => s.Contains(" pmbl.", StringComparison.Ordinal) ? 0 : s.Contains(" art.", StringComparison.Ordinal) ? 1 : s.Contains(" amend.", StringComparison.Ordinal) ? 2 : 3;
        var c = Rank(a).CompareTo(Rank(b));
        if (c == 0 && Rank(a) == 1)
            c = NaturalCompare(JurisdictionOf(a), JurisdictionOf(b));
        if (c == 0)
            c = PartRank(a).CompareTo(PartRank(b));
        return c != 0 ? c : NaturalCompare(a, b, romanNumerals: true);
    }

    private static string JurisdictionOf(string label)
    {
        var k = label.IndexOf("Const.", StringComparison.Ordinal);
        return k > 0 ? label[..k] : label;
    }

    /// <summary>Case-insensitive comparison in which runs of digits (and, optionally, Roman numerals) compare by value.</summary>
    internal static int NaturalCompare(string a, string b, bool romanNumerals = false)
    {
        var ta = Tokens(a, romanNumerals);
        var tb = Tokens(b, romanNumerals);
        for (var i = 0; i < Math.Min(ta.Count, tb.Count); i++)
        {
            var (na, sa) = ta[i];
            var (nb, sb) = tb[i];
            int c;
            if (na is { } x && nb is { } y)
                c = x.CompareTo(y);
            else if (na is not null)
                c = -1;
            else if (nb is not null)
                c = 1;
            else
                c = string.Compare(sa, sb, StringComparison.OrdinalIgnoreCase);
            if (c != 0)
                return c;
        }
        return ta.Count.CompareTo(tb.Count);
    }

    private static List<(long? Number, string Text)> Tokens(string s, bool roman)
    {
        var list = new List<(long?, string)>();
        var i = 0;
        while (i < s.Length)
        {
            var j = i;
            if (char.IsAsciiDigit(s[i]))
            {
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                    j++;
                var digits = s[i..j].TrimStart('0');
                list.Add((digits.Length is 0 ? 0 : digits.Length > 18 ? long.MaxValue : long.Parse(digits, CultureInfo.InvariantCulture), s[i..j]));
            }
            else if (char.IsLetter(s[i]))
            {
                while (j < s.Length && char.IsLetter(s[j]))
                    j++;
                var word = s[i..j];
                list.Add(roman && RomanValue(word) is { } v ? (v, word) : (null, word));
            }
            else
            {
                while (j < s.Length && !char.IsAsciiDigit(s[j]) && !char.IsLetter(s[j]))
                    j++;
                // Punctuation and spaces sort before letters, so "Smith v." comes before "Smithson v.".
                list.Add((null, "\u0001" + s[i..j].Replace(" ", "", StringComparison.Ordinal)));
            }
            i = j;
        }
        return list;
    }

    private static int? RomanValue(string word)
    {
        if (word.Length is 0 or > 8 || word.Any(ch => "IVXLC".IndexOf(ch, StringComparison.Ordinal) < 0))
            return null;
        int total = 0, prev = 0;
        for (var k = word.Length - 1; k >= 0; k--)
        {
            var v = word[k] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 100 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }

    // ---- output --------------------------------------------------------------------------------------------------

    /// <summary>Plain text with dot leaders: "Graham v. Connor, 490 U.S. 386 (1989) ........ 3, 5".</summary>
    public void WriteText(TextWriter w, int width = 78)
    {
        w.WriteLine(Center("TABLE OF AUTHORITIES", width));
        w.WriteLine();
        if (Sections.Count == 0)
        {
            w.WriteLine("(no authorities cited)");
            return;
        }
        w.WriteLine(LocationHeader.PadLeft(width));
        foreach (var section in Sections)
        {
            w.WriteLine();
            w.WriteLine(section.Title.ToUpperInvariant());
            w.WriteLine();
            foreach (var e in section.Entries)
            {
                foreach (var line in Leadered(e.Label, e.LocationText, width))
                    w.WriteLine(line);
            }
        }
    }

    /// <summary>The label word-wrapped (continuation lines indented), the last line filled with dots up to the locations.</summary>
    internal static IEnumerable<string> Leadered(string label, string locations, int width)
    {
        const int indent = 4;
        const int minLeader = 3;
        var lines = new List<string>();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = new StringBuilder();
        var lastLineRoom = Math.Max(20, width - locations.Length - minLeader - 2);
        foreach (var word in words)
        {
            var room = lines.Count == 0 ? lastLineRoom : lastLineRoom - indent;
            if (current.Length > 0 && current.Length + 1 + word.Length > room)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0)
                current.Append(' ');
            current.Append(word);
        }
        lines.Add(current.ToString());
        for (var i = 0; i < lines.Count; i++)
        {
            var text = (i == 0 ? "" : new string(' ', indent)) + lines[i];
            if (i < lines.Count - 1)
            {
                yield return text;
                continue;
            }
            var dots = Math.Max(minLeader, width - text.Length - locations.Length - 2);
            yield return text + " " + new string('.', dots) + " " + locations;
        }
    }

    private static string Center(string s, int width) => s.Length >= width ? s : new string(' ', (width - s.Length) / 2) + s;

    /// <summary>Markdown: a heading per section and a two-column table.</summary>
    public void WriteMarkdown(TextWriter w)
    {
        w.WriteLine("# Table of Authorities");
        if (Sections.Count == 0)
        {
            w.WriteLine();
            w.WriteLine("No authorities cited.");
            return;
        }
        foreach (var section in Sections)
        {
            w.WriteLine();
            w.WriteLine("## " + section.Title);
            w.WriteLine();
            w.WriteLine($"| Authority | {LocationHeader} |");
            w.WriteLine("|---|---|");
            foreach (var e in section.Entries)
            {
                var label = e.Italic is { } it
                    ? "*" + Md(it) + "*" + Md(e.Label[it.Length..])
                    : Md(e.Label);
                w.WriteLine($"| {label} | {(e.Passim ? "*passim*" : e.LocationText)} |");
            }
        }
    }

    private static string Md(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (ch is '\\' or '*' or '_' or '`' or '|' or '[' or ']' or '<' or '>' or '#')
                sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>A self-contained HTML page with CSS dot leaders.</summary>
    public void WriteHtml(TextWriter w, string name)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine($"<title>Table of Authorities: {E(name)}</title>");
        w.WriteLine("<style>");
        w.WriteLine("""
            body { font-family: "Times New Roman", Times, serif; font-size: 12pt; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
            h1 { text-align: center; font-size: 13pt; letter-spacing: .06em; }
            h2 { font-size: 12pt; margin: 1.4rem 0 .4rem; }
            .head { text-align: right; font-weight: bold; margin: 0; }
            ul { list-style: none; margin: 0; padding: 0; }
            li { display: flex; align-items: baseline; margin: .35rem 0; }
            li .label { padding-left: 2em; text-indent: -2em; max-width: 80%; }
            li .leader { flex: 1; border-bottom: 1px dotted #333; margin: 0 .35em; min-width: 2em; }
            li .where { white-space: nowrap; }
            """);
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<h1>TABLE OF AUTHORITIES</h1>");
        if (Sections.Count == 0)
            w.WriteLine("<p>No authorities cited.</p>");
        else
            w.WriteLine($"<p class=\"head\">{E(LocationHeader)}</p>");
        foreach (var section in Sections)
        {
            w.WriteLine($"<h2>{E(section.Title)}</h2>");
            w.WriteLine("<ul>");
            foreach (var e in section.Entries)
            {
                var label = e.Italic is { } it ? "<i>" + E(it) + "</i>" + E(e.Label[it.Length..]) : E(e.Label);
                var where = e.Passim ? "<i>passim</i>" : E(e.LocationText);
                w.WriteLine($"<li><span class=\"label\">{label}</span><span class=\"leader\"></span><span class=\"where\">{where}</span></li>");
            }
            w.WriteLine("</ul>");
        }
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    /// <summary>A Word document: centred title, bold section headings, a right tab with a dot leader for the pages.</summary>
    public void WriteDocx(Stream stream)
    {
        using var ms = new MemoryStream();
        using (var word = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            const int rightTab = 9360; // 6.5 inches, in twentieths of a point

            body.Append(Para(JustificationValues.Center, spacingAfter: 240, Run("TABLE OF AUTHORITIES", bold: true)));
            if (Sections.Count == 0)
                body.Append(Para(null, 0, Run("No authorities cited.")));
            else
                body.Append(Para(JustificationValues.Right, spacingAfter: 120, Run(LocationHeader, bold: true)));
            foreach (var section in Sections)
            {
                body.Append(Para(null, spacingAfter: 120, Run(section.Title, bold: true)));
                foreach (var e in section.Entries)
                {
                    var p = new Paragraph();
                    p.Append(new ParagraphProperties(
                        new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = rightTab }),
                        new SpacingBetweenLines { After = "120" },
                        new Indentation { Left = "360", Hanging = "360", Right = "1080" }));
                    if (e.Italic is { } it)
                    {
                        p.Append(Run(it, italic: true));
                        p.Append(Run(e.Label[it.Length..]));
                    }
                    else
                    {
                        p.Append(Run(e.Label));
                    }
                    p.Append(new Run(new TabChar()));
                    p.Append(e.Passim ? Run("passim", italic: true) : Run(e.LocationText));
                    body.Append(p);
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 12240, Height = 15840 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document.Save();
        }
        ms.Position = 0;
        ms.CopyTo(stream);
    }

    private static Paragraph Para(JustificationValues? justification, int spacingAfter, params OpenXmlElement[] runs)
    {
        // Schema order: spacing before justification.
        var props = new ParagraphProperties(new SpacingBetweenLines { After = spacingAfter.ToString(CultureInfo.InvariantCulture) });
        if (justification is { } j)
            props.Append(new Justification { Val = j });
        var p = new Paragraph(props);
        p.Append(runs);
        return p;
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        // Schema order: fonts, bold, italic, size.
        var props = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold)
            props.Append(new Bold());
        if (italic)
            props.Append(new Italic());
        props.Append(new FontSize { Val = "24" });
        run.Append(props);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
