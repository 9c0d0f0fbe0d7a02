using Precedent.Documents.Readers;

namespace Precedent.Documents.Tests;

public class PdfLayoutTests
{
    private static PlacedWord W(string text, double x, double y, double size = 12)
        => new(text, x, x + (text.Length * size * 0.5), y, size);

    [Fact]
    public void Words_on_one_baseline_form_a_line_in_reading_order()
    {
        List<PlacedLine> lines = PdfLayout.BuildLines([W("635", 300, 700), W("483", 200, 700), W("U.S.", 240, 700.4), W("second", 72, 686)]);
        Assert.Equal(["483 U.S. 635", "second"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_raised_footnote_mark_stays_on_its_line()
    {
        List<PlacedLine> lines = PdfLayout.BuildLines([W("immune.", 72, 700), W("3", 114.1, 704, 7), W("Next", 72, 686)]);
        Assert.Equal(["immune.3", "Next"], lines.Select(l => l.Text));
    }

    [Theory]
    //          line                                                                  shape
    [InlineData("Page 3 of 10",                                                       "page # of #")]
    [InlineData("Case 1:20-cv-00001   Document 12 Filed 01/02/20 Page 3 of 10",       "case #:#-cv-# document # filed #/#/# page # of #")]
    [InlineData("  - 14 -  ",                                                         "- # -")]
    [InlineData("xiv",                                                                "#")]
    [InlineData("Appellant's Brief",                                                  "appellant's brief")]
    public void The_shape_of_a_line_ignores_its_numbers(string line, string shape) => Assert.Equal(shape, PdfLayout.Shape(line));

    [Theory]
    [InlineData("7", true)]
    [InlineData("- 7 -", true)]
    [InlineData("Page 7", true)]
    [InlineData("iv", true)]
    [InlineData("[12]", true)]
    [InlineData("7 of 9", true)]
    [InlineData("§ 7", false)]
    [InlineData("483 U.S. 635", false)]
    [InlineData("ARGUMENT", false)]
    public void Bare_page_numbers_are_recognised(string line, bool bare) => Assert.Equal(bare, PdfLayout.IsBarePageNumber(line));

    private static readonly string[] Sentences =
    [
        "The officers acted reasonably.", "Qualified immunity shields officials.", "The record shows otherwise.",
        "We review the denial de novo.", "The district court erred.", "No reasonable officer would agree.",
        "The law was not clearly established.", "Summary judgment was proper.",
    ];

    private static List<List<PlacedLine>> Pages(int count, Func<int, string?> header, Func<int, string?> footer)
        => Enumerable.Range(1, count).Select(n =>
        {
            var page = new List<PlacedLine>();
            if (header(n) is { } h)
                page.Add(new PlacedLine(h, 750, 10));
            for (int l = 0; l < 5; l++)
                page.Add(new PlacedLine(Sentences[((n * 5) + l) % Sentences.Length], 700 - (14 * l), 12));
            if (footer(n) is { } f)
                page.Add(new PlacedLine(f, 40, 10));
            return page;
        }).ToList();

    [Fact]
    public void Running_headers_and_footers_go_and_the_body_stays()
    {
        List<List<PlacedLine>> pages = Pages(6, n => n == 1 ? null : "Brief for the Appellee", n => $"Page {n} of 6");
        PdfLayout.RemoveRunningHeadersAndFooters(pages);
        Assert.All(pages, p => Assert.Equal(5, p.Count));
        Assert.All(pages, p => Assert.DoesNotContain(p, l => l.Text.StartsWith("Page ", StringComparison.Ordinal) || l.Text.StartsWith("Brief", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_line_at_the_top_of_only_a_few_pages_is_kept()
    {
        List<List<PlacedLine>> pages = Pages(6, n => n <= 2 ? "STATEMENT OF FACTS" : null, n => $"- {n} -");
        PdfLayout.RemoveRunningHeadersAndFooters(pages);
        Assert.Equal("STATEMENT OF FACTS", pages[0][0].Text);
        Assert.Equal("STATEMENT OF FACTS", pages[1][0].Text);
        Assert.All(pages, p => Assert.DoesNotContain(p, l => l.Text.StartsWith("- ", StringComparison.Ordinal)));
    }

    private static readonly string[] Chapters = ["Jurisdiction", "Statement of Facts", "Summary of Argument", "Argument"];

    [Fact]
    public void Headers_that_change_by_chapter_go_when_their_page_number_runs_with_the_pages()
    {
        // Page 1 is a cover; pages are numbered from the second on, and the chapter title changes every few pages.
        List<List<PlacedLine>> pages = Pages(
            12,
            n => n == 1 ? null : n % 2 == 0 ? $"{n - 1} Brief for the Appellee" : $"{Chapters[n / 4]} {n - 1}",
            _ => null);
        PdfLayout.RemoveRunningHeadersAndFooters(pages);
        Assert.All(pages, p => Assert.Equal(5, p.Count));
    }

    [Fact]
    public void A_numbered_heading_below_the_header_line_is_kept()
    {
        List<List<PlacedLine>> pages = Pages(8, n => $"Brief of Appellant {n}", _ => null);
        // Page 3 opens with heading "3 ARGUMENT": its number runs with the pages, but it sits lower than the headers.
        pages[2].Insert(1, new PlacedLine("3 ARGUMENT", 720, 12));
        PdfLayout.RemoveRunningHeadersAndFooters(pages);
        Assert.Equal("3 ARGUMENT", pages[2][0].Text);
    }

    [Fact]
    public void Peeling_stops_at_the_first_body_line()
    {
        // "Id. at 5." recurs (digits aside) on every page, but real text stands between it and the edge.
        List<List<PlacedLine>> pages = Pages(4, _ => "Header", n => $"Page {n}");
        foreach (List<PlacedLine> page in pages)
            page.Insert(2, new PlacedLine($"Id. at {page.Count}.", 690, 12));
        PdfLayout.RemoveRunningHeadersAndFooters(pages);
        Assert.All(pages, p => Assert.Contains(p, l => l.Text.StartsWith("Id. at", StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.Equal(6, p.Count));
    }

    [Theory]
    //          lines (| separated)                           joined (| separated)
    [InlineData("consti-|tutional law",                      "constitutional|law")]
    [InlineData("consti-|tutional",                          "constitutional")]
    [InlineData("the well-|known rule",                      "the wellknown|rule")]
    [InlineData("Fourth Amend-|Ment",                        "Fourth Amend-|Ment")]
    [InlineData("pre-|1983",                                 "pre-|1983")]
    [InlineData("U.S.C. § 1983-|the rule",                   "U.S.C. § 1983-|the rule")]
    [InlineData("dash -|next",                               "dash -|next")]
    [InlineData("word-|",                                    "word-|")]
    [InlineData("multi-|syl-|lable word",                    "multisyllable|word")]
    public void Hyphenated_line_ends_join_only_before_a_lower_case_letter(string input, string expected)
    {
        var lines = input.Split('|').ToList();
        PdfLayout.JoinHyphenatedWords(lines);
        Assert.Equal(expected, string.Join('|', lines));
    }
}
