namespace Precedent.Documents.Tests;

public class PdfReaderTests
{
    [Fact]
    public void Reads_the_citation_on_page_two_without_running_headers_and_footers()
    {
        SourceDocument doc = DocumentReader.Read("brief.pdf", TestInputs.TwoPageBrief());

        Assert.Equal(DocumentFormat.Pdf, doc.Format);
        Assert.Equal(2, doc.PageStarts.Count);
        Assert.Equal(0, doc.PageStarts[0]);
        int at = doc.Text.IndexOf(TestInputs.Citation, StringComparison.Ordinal);
        Assert.True(at >= 0, doc.Text);
        Assert.Equal(2, doc.PageAt(at));
        Assert.Equal(1, doc.PageAt(doc.Text.IndexOf("ARGUMENT", StringComparison.Ordinal)));
        Assert.DoesNotContain("Appellant's Brief", doc.Text);
        Assert.DoesNotContain("Page 1", doc.Text);
        Assert.DoesNotContain("Page 2", doc.Text);
    }

    [Fact]
    public void Joins_a_word_hyphenated_at_a_line_end()
    {
        string text = DocumentReader.Read("brief.pdf", TestInputs.TwoPageBrief()).Text;
        Assert.Contains("The right at issue must be constitutional\nin nature", text);
        Assert.DoesNotContain("consti-", text);
    }

    [Fact]
    public void Keeps_lines_in_reading_order_and_pages_separated_by_a_form_feed()
    {
        string text = DocumentReader.Read("brief.pdf", TestInputs.TwoPageBrief()).Text;
        Assert.Equal(
            "ARGUMENT\n" +
            "The officers are entitled to qualified immunity because the right was not\n" +
            "clearly established. The right at issue must be constitutional\n" +
            "in nature and defined with specificity.\n\f" +
            $"See {TestInputs.Citation}.\n" +
            "The contours of the right must be sufficiently clear.",
            text);
    }

    [Fact]
    public void Keeps_a_hyphen_before_a_capital_or_a_digit()
    {
        byte[] pdf = TestInputs.Pdf(new TestInputs.PdfPageSpec(null, ["the Fourth Amend-", "Ment and the pre-", "1983 statute"], null));
        string text = DocumentReader.Read("brief.pdf", pdf).Text;
        Assert.Equal("the Fourth Amend-\nMent and the pre-\n1983 statute", text);
    }

    [Fact]
    public void A_paragraph_gap_becomes_a_blank_line()
    {
        byte[] pdf = TestInputs.Pdf(new TestInputs.PdfPageSpec(null, ["first paragraph line one", "line two", "line three", "", "", "second paragraph"], null));
        Assert.Equal("first paragraph line one\nline two\nline three\n\nsecond paragraph", DocumentReader.Read("p.pdf", pdf).Text);
    }

    [Fact]
    public void Drops_court_filing_stamps_and_bare_page_numbers()
    {
        string[] bodies = ["Plaintiff sues under 42 U.S.C. § 1983.", "Defendants move to dismiss.", "The motion is granted in part.", "So ordered."];
        var pages = Enumerable.Range(1, 4).Select(n => new TestInputs.PdfPageSpec(
            $"Case 1:20-cv-00001 Document 12 Filed 01/02/20 Page {n} of 10",
            [bodies[n - 1]],
            n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        SourceDocument doc = DocumentReader.Read("order.pdf", TestInputs.Pdf(pages));
        Assert.Equal(string.Join("\n\f", bodies), doc.Text);
        Assert.Equal(4, doc.PageStarts.Count);
        for (int n = 1; n <= 4; n++)
        {
            int at = doc.Text.IndexOf(bodies[n - 1], StringComparison.Ordinal);
            Assert.Equal(n, doc.PageAt(at));
            Assert.Equal(doc.PageStarts[n - 1], at);
        }
    }

    private static readonly string[] Openers = ["See", "Cf.", "But see", "See generally", "Accord", "See also", "Compare"];

    [Fact]
    public void A_large_pdf_is_read()
    {
        var pages = Enumerable.Range(1, 200).Select(n => new TestInputs.PdfPageSpec(
            "Brief for Appellee",
            Enumerable.Range(1, 40).Select(l => $"{Openers[((n * 40) + l) % Openers.Length]} Pearson v. Callahan, 555 U.S. 223, 232 (2009) (page {n} line {l}).").ToList(),
            $"Page {n} of 200")).ToArray();
        SourceDocument doc = DocumentReader.Read("large.pdf", TestInputs.Pdf(pages));
        Assert.Equal(200, doc.PageStarts.Count);
        Assert.Equal(200 * 40, doc.Text.Split('\n').Count(l => l.Contains("555 U.S. 223", StringComparison.Ordinal)));
        int last = doc.Text.IndexOf("(page 200 line 40)", StringComparison.Ordinal);
        Assert.Equal(200, doc.PageAt(last));
        Assert.DoesNotContain("Brief for Appellee", doc.Text);
        Assert.DoesNotContain("of 200", doc.Text);
    }
}
