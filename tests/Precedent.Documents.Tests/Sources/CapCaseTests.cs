using Precedent.Documents.Sources;

namespace Precedent.Documents.Tests.Sources;

public class CapCaseTests
{
    private const string Metadata = """
        "id": 4401122,
        "name": "PEOPLE OF THE STATE OF ILLINOIS, Plaintiff-Appellee, v. JOHN DOE, Defendant-Appellant",
        "name_abbreviation": "People v. Doe",
        "decision_date": "1994-03-18",
        "docket_number": "No. 2-92-1340",
        "court": {"name": "Illinois Appellate Court", "name_abbreviation": "Ill. App. Ct.", "slug": "ill-app-ct"},
        "citations": [{"cite": "259 Ill. App. 3d 101", "type": "official"}, {"cite": "631 N.E.2d 1", "type": "parallel"}],
        """;

    [Fact]
    public void Maps_the_case_metadata()
    {
        string json = "{" + Metadata + """ "casebody": {"status": "ok", "data": "The opinion text."}}""";
        OpinionSource source = OpinionSourceReader.ReadJson("case.json", json);
        OpinionMetadata m = source.Metadata;
        Assert.Equal("cap:4401122", m.Id);
        Assert.Equal("People v. Doe", m.CaseName);
        Assert.Equal("PEOPLE OF THE STATE OF ILLINOIS, Plaintiff-Appellee, v. JOHN DOE, Defendant-Appellant", m.CaseNameFull);
        Assert.Equal("Illinois Appellate Court", m.Court);
        Assert.Equal(new DateOnly(1994, 3, 18), m.Date);
        Assert.Equal(["No. 2-92-1340"], m.Dockets);
        Assert.Equal(["259 Ill. App. 3d 101", "631 N.E.2d 1"], m.Citations);
        Assert.Equal("The opinion text.", source.Document.Text);
        Assert.Empty(m.Parts);
    }

    public static TheoryData<string> StructuredBodies => new()
    {
        // the classic API wraps the body in "data"; the static exports put it directly in "casebody"
        """{"status": "ok", "data": {"head_matter": "People v. Doe\nNo. 2-92-1340", "opinions": [OPINIONS]}}""",
        """{"head_matter": "People v. Doe\nNo. 2-92-1340", "judges": [], "opinions": [OPINIONS]}""",
    };

    [Theory]
    [MemberData(nameof(StructuredBodies))]
    public void Splits_opinions_into_parts_with_offsets_into_the_joined_text(string body)
    {
        const string opinions = """
            {"type": "majority", "author": "JUSTICE GEIGER", "text": "JUSTICE GEIGER delivered the opinion of the court:\nThe force used was reasonable. Graham v. Connor, 490 U.S. 386 (1989).\n"},
            {"type": "concurrence", "author": null, "text": ""},
            {"type": "dissent", "author": "JUSTICE BOWMAN", "text": "JUSTICE BOWMAN, dissenting:\nI would reverse."},
            {"type": "concurring-in-part-and-dissenting-in-part", "author": "JUSTICE INGLIS", "text": "JUSTICE INGLIS, concurring in part and dissenting in part:\nI agree in part."}
            """;
        string json = "{" + Metadata + "\"casebody\": " + body.Replace("OPINIONS", opinions, StringComparison.Ordinal) + "}";
        OpinionSource source = OpinionSourceReader.ReadJson("case.json", json);
        string text = source.Document.Text;
        IReadOnlyList<SourceOpinionPart> parts = source.Metadata.Parts;

        Assert.StartsWith("People v. Doe\nNo. 2-92-1340\n\nJUSTICE GEIGER delivered", text);
        Assert.Equal(3, parts.Count);
        Assert.Equal(("majority", "JUSTICE GEIGER"), (parts[0].Type, parts[0].Author));
        Assert.Equal("JUSTICE GEIGER delivered the opinion of the court:\nThe force used was reasonable. Graham v. Connor, 490 U.S. 386 (1989).", text[parts[0].Start..parts[0].End]);
        Assert.Equal(("dissent", "JUSTICE BOWMAN"), (parts[1].Type, parts[1].Author));
        Assert.Equal("JUSTICE BOWMAN, dissenting:\nI would reverse.", text[parts[1].Start..parts[1].End]);
        Assert.Equal("concurrence_in_part_dissent_in_part", parts[2].Type);
        Assert.Equal("JUSTICE INGLIS, concurring in part and dissenting in part:\nI agree in part.", text[parts[2].Start..parts[2].End]);
        Assert.Equal(text.Length, parts[2].End);
    }

    private const string XmlBody = """
        <casebody firstpage="101" lastpage="104" xmlns="http://nrs.harvard.edu/urn-3:HLS.Libr.US_Case_Law.Schema.Case_Body:v1">
          <parties id="b1-1">THE PEOPLE OF THE STATE OF ILLINOIS, Plaintiff-Appellee, v. JOHN DOE, Defendant-Appellant.</parties>
          <docketnumber id="b1-2">No. 2-92-1340</docketnumber>
          <decisiondate id="b1-3">Opinion filed March 18, 1994.</decisiondate>
          <opinion type="majority">
            <author id="b1-4">JUSTICE GEIGER</author>
            <p id="b1-5">The officers acted reasonably.<footnotemark>1</footnotemark> See Graham v. Connor, 490 U.S. 386, <page-number citation-index="1" label="102">*102</page-number>396 (1989).</p>
            <p id="b1-6">Affirmed.</p>
            <footnote label="1"><p id="b1-7">The standard is objective. Tennessee v. Garner, 471 U.S. 1 (1985).</p></footnote>
          </opinion>
          <opinion type="dissent">
            <author id="b1-8">JUSTICE BOWMAN, dissenting:</author>
            <p id="b1-9">I would reverse.</p>
          </opinion>
        </casebody>
        """;

    [Fact]
    public void Reads_an_xml_casebody_without_star_paging_keeping_paragraphs_footnotes_and_parts()
    {
        string json = "{" + Metadata + "\"casebody\": {\"status\": \"ok\", \"data\": " + System.Text.Json.JsonSerializer.Serialize(XmlBody) + "}}";
        OpinionSource source = OpinionSourceReader.ReadJson("case.json", json);
        string text = source.Document.Text;

        Assert.Equal(
            """
            THE PEOPLE OF THE STATE OF ILLINOIS, Plaintiff-Appellee, v. JOHN DOE, Defendant-Appellant.
            No. 2-92-1340
            Opinion filed March 18, 1994.

            JUSTICE GEIGER
            The officers acted reasonably.1 See Graham v. Connor, 490 U.S. 386, 396 (1989).
            Affirmed.
            1 The standard is objective. Tennessee v. Garner, 471 U.S. 1 (1985).

            JUSTICE BOWMAN, dissenting:
            I would reverse.
            """.ReplaceLineEndings("\n"),
            text);
        FootnoteSpan note = Assert.Single(source.Document.Footnotes);
        Assert.Equal("1", note.Label);
        Assert.Equal("1 The standard is objective. Tennessee v. Garner, 471 U.S. 1 (1985).", text[note.Start..note.End]);

        Assert.Equal(2, source.Metadata.Parts.Count);
        SourceOpinionPart majority = source.Metadata.Parts[0], dissent = source.Metadata.Parts[1];
        Assert.Equal(("majority", "JUSTICE GEIGER"), (majority.Type, majority.Author));
        Assert.StartsWith("JUSTICE GEIGER\nThe officers", text[majority.Start..]);
        Assert.EndsWith("471 U.S. 1 (1985).", text[..majority.End]);
        Assert.Equal(("dissent", "JUSTICE BOWMAN, dissenting:"), (dissent.Type, dissent.Author));
        Assert.Equal("JUSTICE BOWMAN, dissenting:\nI would reverse.", text[dissent.Start..dissent.End]);
    }

    [Fact]
    public void Reads_an_html_casebody_dropping_page_labels()
    {
        const string html = """
            <section class="casebody" data-firstpage="101">
              <section class="head-matter"><p class="parties">People v. Doe</p></section>
              <article class="opinion" data-type="majority">
                <p class="author">JUSTICE GEIGER</p>
                <p>The officers acted <a class="page-label" data-label="102" href="#p102">*102</a>reasonably.<sup class="footnotemark"><a href="#footnote_1_1">1</a></sup></p>
                <aside class="footnote" data-label="1" id="footnote_1_1"><a href="#ref_footnote_1_1">1</a><p>Graham v. Connor, 490 U.S. 386 (1989).</p></aside>
              </article>
            </section>
            """;
        string json = "{" + Metadata + "\"casebody\": {\"data\": " + System.Text.Json.JsonSerializer.Serialize(html) + "}}";
        OpinionSource source = OpinionSourceReader.ReadJson("case.json", json);
        string text = source.Document.Text;

        Assert.Equal("People v. Doe\n\nJUSTICE GEIGER\nThe officers acted reasonably.1\n1\nGraham v. Connor, 490 U.S. 386 (1989).", text);
        FootnoteSpan note = Assert.Single(source.Document.Footnotes);
        Assert.Equal("1\nGraham v. Connor, 490 U.S. 386 (1989).", text[note.Start..note.End]);
        SourceOpinionPart part = Assert.Single(source.Metadata.Parts);
        Assert.Equal(new SourceOpinionPart("majority", "JUSTICE GEIGER", text.IndexOf("JUSTICE", StringComparison.Ordinal), text.Length), part);
    }

    [Fact]
    public void Xml_harvard_of_a_courtlistener_opinion_is_read_like_a_casebody()
    {
        string json = "{\"id\": 77, \"plain_text\": \"\", \"xml_harvard\": " + System.Text.Json.JsonSerializer.Serialize(XmlBody) + "}";
        OpinionSource source = OpinionSourceReader.ReadJson("r.json", json);
        Assert.DoesNotContain("*102", source.Document.Text);
        Assert.Equal(["majority", "dissent"], source.Metadata.Parts.Select(p => p.Type));
        Assert.Equal("courtlistener:77", source.Metadata.Id);
    }

    [Fact]
    public void Broken_casebody_markup_still_gives_its_text()
    {
        string json = "{" + Metadata + "\"casebody\": {\"data\": \"<casebody><opinion type=\\\"majority\\\"><p>Unclosed <em>para<p>Next</casebody>\"}}";
        Assert.Equal("Unclosed para\nNext", OpinionSourceReader.ReadJson("case.json", json).Document.Text);
    }

    [Theory]
    //          source type                                   part kind
    [InlineData("majority",                                   "majority")]
    [InlineData("unanimous",                                  "majority")]
    [InlineData("per-curiam",                                 "per_curiam")]
    [InlineData("plurality",                                  "plurality")]
    [InlineData("concurrence",                                "concurrence")]
    [InlineData("dissent",                                    "dissent")]
    [InlineData("concurring-in-part-and-dissenting-in-part",  "concurrence_in_part_dissent_in_part")]
    [InlineData("concurring-in-the-judgment",                 "concurrence_in_judgment")]
    [InlineData("rehearing",                                  "other")]
    [InlineData("",                                           "other")]
    public void Opinion_types_are_named_as_the_citation_engine_names_parts(string type, string kind)
    {
        string json = "{" + Metadata + "\"casebody\": {\"data\": {\"opinions\": [{\"type\": \"" + type + "\", \"text\": \"Opinion.\"}]}}}";
        Assert.Equal(kind, Assert.Single(OpinionSourceReader.ReadJson("case.json", json).Metadata.Parts).Type);
    }

    public static TheoryData<string, string> AdversarialBodies => new()
    {
        // casebody markup                                                                                           text starts with
        { string.Concat(Enumerable.Repeat("<p>See 490 U.S. at <page-number label=\"2\">*2</page-number>396.</p>", 100_000)), "See 490 U.S. at 396.\nSee" },
        { string.Concat(Enumerable.Repeat("<opinion type=\"dissent\">", 20_000)) + "deep",                                  "deep" },
        { string.Concat(Enumerable.Repeat("<footnote label=\"1\">", 20_000)) + "note",                                      "1 note" },
        { "<casebody>" + new string('<', 100_000) + "</casebody>",                                                         "<<<" },
        { "<opinion type=\"majority\"><author></author><p>\u0000 \uFFFF</p><p>after</p>",                            "" },
    };

    [Theory]
    [MemberData(nameof(AdversarialBodies))]
    public void Adversarial_casebodies_are_read_in_linear_time_without_throwing(string markup, string start)
    {
        string json = "{\"name\": \"Doe v. Roe\", \"decision_date\": \"1990-01-02\", \"casebody\": {\"data\": " + System.Text.Json.JsonSerializer.Serialize(markup) + "}}";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        OpinionSource source = OpinionSourceReader.ReadJson("case.json", json);
        Assert.StartsWith(start, source.Document.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.All(source.Metadata.Parts, p => Assert.InRange(p.End, p.Start, source.Document.Text.Length));
    }
}
