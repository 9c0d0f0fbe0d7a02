using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Precedent.Cli.Reports;

namespace Precedent.Cli.Tests;

/// <summary>End-to-end: `precedent toa` on the sample brief, and the ordering rules of a table of authorities.</summary>
public class ToaCommandTests
{
    /// <summary>The sections of the sample brief's table, in order, each with its authorities in order (label prefixes).</summary>
    private static readonly (string Section, string[] Entries)[] BriefTable =
    [
        ("CASES",
        [
            "Albright v. Rodriguez, 51 F.3d 1531 (10th Cir. 1995)",
            "Anderson v. Creighton, 483 U.S. 635 (1987)",
            "Anderson v. Liberty Lobby, Inc., 477 U.S. 242 (1986)",
            "Ashcroft v. al-Kidd, 563 U.S. 731 (2011)",
            "Casey v. City of Federal Heights, 509 F.3d 1278 (2007)",
            "Celotex Corp. v. Catrett, 477 U.S. 317 (1986)",
            "City of Tahlequah v. Bond, 142 S. Ct. 9 (2031)",
            "Cortez v. McCauley, 478 F.5th 1108 (10th Cir. 2007)",
            "Deorle v. Rutherford, 272 F.3d 1272 (Cal. 2001)",
            "Estate of Larsen ex rel. Sturdivan v. Murr, 511 F.3d 1255 (10th Cir. 2008)",
            "Graham v. Connor, 490 U.S. 386 (1989)",
            "Harlow v. Fitzgerald, 457 U.S. 800 (1982)",
            "Holland ex rel. Overdorff v. Harrington, 268 F.3d 1179 (10th Cir. 1985)",
            "Johnson v. Jones, 515 U.S. 304 (1995)",
            "Medina v. Cram, 252 F.3d 1124 (10th Cir. 2001)",
            "Mitchell v. Forsyth, 427 U.S. 511 (1985)",
            "Mullenix v. Luna, 577 U.S. 7",
            "Pearson v. Callahan, 555 U.S. 223 (2009)",
            "Saucier v. Katz, 533 U.S. 194 (2001)",
            "Tennessee v. Garner, 471 U.S. 1 (1985)",
        ]),
        ("CONSTITUTIONAL PROVISIONS", ["U.S. Const. amend. IV"]),
        ("STATUTES", ["28 U.S.C. § 1291", "28 U.S.C. § 1331", "42 U.S.C. § 1983"]),
        ("RULES", ["Fed. R. App. P. 4(a)(1)(A)", "Fed. R. App. P. 32(a)(7)(B)", "Fed. R. Civ. P. 56(a)"]),
        ("REGULATIONS", ["49 C.F.R. § 392.2", "49 C.F.R. § 395.8(a)", "49 C.F.R. § 396.9"]),
        ("OTHER AUTHORITIES", ["Joanna C. Schwartz, How Qualified Immunity Fails, 127 Yale L.J. 2 (2017)"]),
    ];

    [Theory]
    [InlineData("brief.txt", "Line(s)")]
    [InlineData("brief.docx", "Page(s)")]
    public void TextListsEverySectionInOrder(string sample, string header)
    {
        var r = CliRunner.Run(null, "toa", Samples.Path(sample));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n');
        Assert.Equal("TABLE OF AUTHORITIES", lines[0].Trim());
        Assert.Contains(lines, l => l.Trim() == header);

        // Section headings in order, each followed by exactly its entries, in order.
        var headings = lines.Select((l, i) => (l, i)).Where(x => BriefTable.Any(s => s.Section == x.l)).ToList();
        Assert.Equal(BriefTable.Select(s => s.Section), headings.Select(h => h.l));
        for (var k = 0; k < BriefTable.Length; k++)
        {
            var end = k + 1 < headings.Count ? headings[k + 1].i : lines.Length;
            var entries = Entries(lines[(headings[k].i + 1)..end]);
            Assert.Equal(BriefTable[k].Entries.Length, entries.Count);
            for (var e = 0; e < entries.Count; e++)
                Assert.StartsWith(BriefTable[k].Entries[e], entries[e].Label, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Aplt. App.", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PagesOfADocxAndPassim()
    {
        var r = CliRunner.Run(null, "toa", Samples.Path("brief.docx"));
        Assert.Equal(0, r.ExitCode);
        var entries = Entries(r.Stdout.Split('\n'));
        // § 1983 is cited on every page of the brief.
        Assert.Equal("passim", entries.Single(e => e.Label == "42 U.S.C. § 1983").Where);
        Assert.Equal("1", entries.Single(e => e.Label == "28 U.S.C. § 1291").Where);
        // A footnote's citation is on the last page.
        Assert.Matches(@"^\d$", entries.Single(e => e.Label.Contains("Yale L.J.", StringComparison.Ordinal)).Where);
        Assert.All(entries.Where(e => e.Where != "passim"), e => Assert.Matches(@"^\d+(, \d+)*$", e.Where));
        // Dot leaders.
        Assert.Matches(@"Graham v\. Connor, 490 U\.S\. 386 \(1989\) \.{3,} \d", r.Stdout);
    }

    [Fact]
    public void LinesOfAPlainText()
    {
        var r = CliRunner.Run(null, "toa", Samples.Path("brief.txt"));
        var entries = Entries(r.Stdout.Split('\n'));
        var source = File.ReadAllLines(Samples.Path("brief.txt"));
        var usc1291 = entries.Single(e => e.Label == "28 U.S.C. § 1291");
        var line = int.Parse(usc1291.Where, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("28 U.S.C. § 1291", source[line - 1], StringComparison.Ordinal);
        Assert.DoesNotContain("passim", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxOpensWithOpenXml()
    {
        var path = Path.Combine(Path.GetTempPath(), "precedent-toa-" + Guid.NewGuid().ToString("N") + ".docx");
        var r = CliRunner.Run(null, "toa", Samples.Path("brief.docx"), "--format", "docx", "--output", path);
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var word = WordprocessingDocument.Open(path, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("TABLE OF AUTHORITIES", paragraphs[0]);
        foreach (var section in new[] { "Cases", "Constitutional Provisions", "Statutes", "Rules", "Regulations", "Other Authorities" })
            Assert.Contains(section, paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Graham v. Connor, 490 U.S. 386 (1989)", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("42 U.S.C. § 1983", StringComparison.Ordinal) && p.EndsWith("passim", StringComparison.Ordinal));
        // Case names in italics, pages after a dot-leader tab.
        Assert.Contains(body.Descendants<Run>(), run => run.RunProperties?.Italic is not null && run.InnerText == "Graham v. Connor");
        Assert.Contains(body.Descendants<TabStop>(), t => t.Leader?.Value == TabStopLeaderCharValues.Dot);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
    }

    [Fact]
    public void MarkdownAndHtml()
    {
        var md = CliRunner.Run(null, "toa", Samples.Path("brief.docx"), "--format", "markdown");
        Assert.Equal(0, md.ExitCode);
        Assert.Contains("## Cases", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("| *Graham v. Connor*, 490 U.S. 386 (1989) |", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 42 U.S.C. § 1983 | *passim* |", md.Stdout, StringComparison.Ordinal);

        var html = CliRunner.Run(null, "toa", Samples.Path("brief.docx"), "--format", "html");
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("<h2>Statutes</h2>", html.Stdout, StringComparison.Ordinal);
        Assert.Contains("<i>Graham v. Connor</i>", html.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CasesIgnoreLeadingInReExParteAndThe()
    {
        var path = CliRunner.TempFile("order.txt", string.Join('\n',
            "See The Paquete Habana, 175 U.S. 677, 700 (1900).",
            "See Ex parte Young, 209 U.S. 123, 155 (1908).",
            "See In re Gault, 387 U.S. 1, 13 (1967).",
            "See Garner v. United States, 424 U.S. 648, 650 (1976).",
            "See 42 U.S.C. § 2000e; 42 U.S.C. § 1988; 5 U.S.C. § 552; 42 U.S.C. § 1983.",
            ""));
        var r = CliRunner.Run(null, "toa", path);
        Assert.Equal(0, r.ExitCode);
        var labels = Entries(r.Stdout.Split('\n')).Select(e => e.Label).ToList();
        Assert.Equal(
        [
            "Garner v. United States, 424 U.S. 648 (1976)",
            "In re Gault, 387 U.S. 1 (1967)",
            "The Paquete Habana, 175 U.S. 677 (1900)",
            "Ex parte Young, 209 U.S. 123 (1908)",
            "5 U.S.C. § 552",
            "42 U.S.C. § 1983",
            "42 U.S.C. § 1988",
            "42 U.S.C. § 2000e",
        ], labels);
    }

    [Fact]
    public void ConstitutionalProvisionsArticlesFirstThenAmendmentsInNumberOrder()
    {
        var path = CliRunner.TempFile("const.txt",
            "See U.S. Const. amend. XIV, § 1; U.S. Const. amend. IV; U.S. Const. art. III, § 2.\n");
        var r = CliRunner.Run(null, "toa", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(
            ["U.S. Const. art. III, § 2", "U.S. Const. amend. IV", "U.S. Const. amend. XIV, § 1"],
            Entries(r.Stdout.Split('\n')).Select(e => e.Label).ToList());
    }

    [Fact]
    public void SortKeysAndNaturalOrder()
    {
        Assert.Equal("Gault", TableOfAuthorities.CaseSortKey("In re Gault"));
        Assert.Equal("Young", TableOfAuthorities.CaseSortKey("Ex parte Young"));
        Assert.Equal("Estate of Smith", TableOfAuthorities.CaseSortKey("In the Matter of Estate of Smith"));
        Assert.Equal("Paquete Habana", TableOfAuthorities.CaseSortKey("the Paquete Habana"));
        Assert.True(TableOfAuthorities.NaturalCompare("Smith v. Jones", "smith v. jones") == 0);
        Assert.True(TableOfAuthorities.NaturalCompare("Smith v. Jones", "Smithson v. Allen") < 0);
        Assert.True(TableOfAuthorities.CompareCodified("5 U.S.C. § 552", "28 U.S.C. § 1291") < 0);
        Assert.True(TableOfAuthorities.CompareCodified("49 C.F.R. 396.9", "49 C.F.R. 396.11") < 0);
        Assert.True(TableOfAuthorities.CompareCodified("42 U.S.C. § 1983", "Colo. Rev. Stat. § 18-1-707") < 0);
        Assert.True(TableOfAuthorities.CompareConstitution("U.S. Const. amend. V", "U.S. Const. amend. XIV") < 0);
    }

    [Theory]
    [InlineData("Among the critics, see Joanna C. Schwartz, ", "Joanna C. Schwartz")]
    [InlineData("See William Baude, ", "William Baude")]
    [InlineData("(citing John C. Jeffries, Jr., ", "John C. Jeffries, Jr.")]
    [InlineData("See generally Richard H. Fallon, Jr. & Daniel J. Meltzer, ", "Richard H. Fallon, Jr. & Daniel J. Meltzer")]
    [InlineData("the critics say, ", null)]
    public void AuthorsOfArticlesAreReadBeforeTheTitle(string before, string? author)
        => Assert.Equal(author, TableOfAuthorities.AuthorBefore(before, before.Length));

    [Fact]
    public void LongLabelsWrapWithTheLeaderOnTheLastLine()
    {
        var lines = TableOfAuthorities.Leadered(
            "Estate of Larsen ex rel. Sturdivan v. Murr, 511 F.3d 1255 (10th Cir. 2008), and a long parenthetical to wrap",
            "3, 4, 5", 60).ToList();
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.True(l.Length <= 60, l));
        Assert.StartsWith("    ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(" 3, 4, 5", lines[^1], StringComparison.Ordinal);
        Assert.Contains("...", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void DocxToATerminalIsRefusedOrWritten()
    {
        // Standard output is redirected here, so the bytes come out.
        var r = CliRunner.Run(null, "toa", Samples.Path("brief.txt"), "--format", "docx");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("PK", r.Stdout, StringComparison.Ordinal);
    }

    private sealed record Entry(string Label, string Where);

    /// <summary>Entries of the text format: a label (possibly wrapped) ending in a dot leader and the locations.</summary>
    private static List<Entry> Entries(IEnumerable<string> lines)
    {
        var result = new List<Entry>();
        var pending = "";
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var leader = line.LastIndexOf(" ...", StringComparison.Ordinal);
            if (leader < 0)
            {
                if (pending.Length > 0 && line.StartsWith("    ", StringComparison.Ordinal))
                    pending += " " + line.Trim();
                else if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line != line.ToUpperInvariant())
                    pending = line.Trim();
                else
                    pending = "";
                continue;
            }
            var label = (pending + " " + line[..leader].Trim()).Trim();
            var where = line[(leader + 1)..].TrimStart('.').Trim();
            result.Add(new Entry(label, where));
            pending = "";
        }
        return result;
    }
}
