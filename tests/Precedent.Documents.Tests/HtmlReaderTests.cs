using System.Text;

namespace Precedent.Documents.Tests;

public class HtmlReaderTests
{
    private static string TextOf(string html) => DocumentReader.Read("opinion.html", Encoding.UTF8.GetBytes(html)).Text;

    [Theory]
    //          html                                                              text
    [InlineData("<p>Smith&nbsp;v.&nbsp;Jones, 1&nbsp;F.3d&nbsp;1 (1993)</p>",      "Smith v. Jones, 1 F.3d 1 (1993)")]
    [InlineData("<p>42 U.S.C. &sect;&#160;1983 &amp; &#x00A7; 1985</p>",          "42 U.S.C. § 1983 & § 1985")]
    [InlineData("<p>&ldquo;quoted&rdquo; &mdash; <i>Id.</i> at 5</p>",            "“quoted” — Id. at 5")]
    [InlineData("<p>See <i>Anderson</i> v. <b><i>Creighton</i></b>, 483 U.S. 635</p>", "See Anderson v. Creighton, 483 U.S. 635")]
    [InlineData("<p>one   two\n\t three</p>",                                      "one two three")]
    [InlineData("<p>first<p>second",                                              "first\n\nsecond")]
    [InlineData("<div>a</div><div>b</div>",                                        "a\nb")]
    [InlineData("line one<br>line two<br/><br>after a blank",                     "line one\nline two\n\nafter a blank")]
    [InlineData("<ul><li>one</li><li>two</li></ul>",                               "one\ntwo")]
    [InlineData("<h1>Title</h1>Body",                                             "Title\n\nBody")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a\tb\nc\td")]
    [InlineData("<blockquote>quoted</blockquote>after",                           "quoted\n\nafter")]
    [InlineData("<pre>  keep   this\n  as is</pre>",                               "  keep   this\n  as is")]
    [InlineData("<script>var x = '<p>no</p>';</script><style>p{}</style><p>yes</p>", "yes")]
    [InlineData("<head><title>T</title></head><body>body</body>",                  "body")]
    [InlineData("<p>1 <!-- comment --> 2</p>",                                     "1 2")]
    public void Turns_html_into_text(string html, string expected) => Assert.Equal(expected, TextOf(html));

    [Theory]
    //          html                                                                                        quotations (as text)
    [InlineData("<p>The Court explained:</p><blockquote><p>Force must be reasonable.</p></blockquote><p>We agree.</p>", "Force must be reasonable.")]
    [InlineData("<blockquote>outer <blockquote>inner</blockquote> tail</blockquote>",                          "outer\n\ninner\n\ntail")]
    [InlineData("<p>one</p><blockquote>first</blockquote><p>two</p><blockquote>second</blockquote>",          "first|second")]
    [InlineData("<p>no quotation here</p>",                                                                   "")]
    [InlineData("<blockquote>   </blockquote><p>empty quotation</p>",                                          "")]
    [InlineData("<blockquote>unclosed quotation",                                                              "unclosed quotation")]
    public void Block_quotations_are_recorded(string html, string expected)
    {
        var doc = DocumentReader.Read("opinion.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(expected, string.Join("|", doc.BlockQuotes.Select(q => doc.Text[q.Start..q.End])));
    }

    [Theory]
    //          malformed html                                       must contain
    [InlineData("<p>unclosed <b>bold <i>both</p> after",              "unclosed bold both")]
    [InlineData("<div><p>text</div></span></table>more",               "more")]
    [InlineData("<<p>>odd<<</p>",                                      "odd")]
    [InlineData("<p attr=\"unterminated>text</p>",                     "")]
    [InlineData("</p></div>only closers",                              "only closers")]
    [InlineData("<table><td>cell without row",                         "cell without row")]
    public void Malformed_html_still_gives_best_effort_text(string html, string fragment)
        => Assert.Contains(fragment, TextOf(html));

    [Fact]
    public void A_full_opinion_page_keeps_its_footnotes_as_text_and_records_them()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>Opinion</title><script>track()</script></head>
            <body>
              <h2>OPINION</h2>
              <p>Officials are immune<sup><a href="#fn1" id="ref1">1</a></sup> unless the law was
                 clearly established. <i>Harlow</i>, 457 U.S. at 818.
              <p>Second paragraph, unclosed.
              <div class="footnotes">
                <div class="footnote" id="fn1"><a href="#ref1">1</a> <p>See <i>Anderson v. Creighton</i>, 483 U.S. 635 (1987).</p></div>
              </div>
            </body></html>
            """;
        SourceDocument doc = DocumentReader.Read("opinion.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.StartsWith("OPINION\n\nOfficials are immune1 unless the law was clearly established. Harlow, 457 U.S. at 818.", doc.Text);
        Assert.Contains("\n\nSecond paragraph, unclosed.\n", doc.Text);
        Assert.DoesNotContain("track", doc.Text);
        FootnoteSpan note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Label);
        Assert.Equal("1\n\nSee Anderson v. Creighton, 483 U.S. 635 (1987).", doc.Text[note.Start..note.End]);
    }

    [Fact]
    public void Legacy_pages_in_windows_1252_are_decoded()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<p>"), 0xA7, .. Encoding.ASCII.GetBytes(" 1983 "), 0x97, .. Encoding.ASCII.GetBytes(" Id.</p>")];
        Assert.Equal("§ 1983 — Id.", DocumentReader.Read("old.htm", bytes).Text);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        string html = string.Concat(Enumerable.Repeat("<span>", 20_000)) + "deep" + string.Concat(Enumerable.Repeat("</span>", 20_000));
        Assert.Equal("deep", TextOf(html));
    }
}
