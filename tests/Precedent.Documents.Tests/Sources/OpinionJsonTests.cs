using Precedent.Documents.Sources;

namespace Precedent.Documents.Tests.Sources;

public class OpinionJsonTests
{
    private const string Graham = "Graham v. Connor, 490 U.S. 386, 396 (1989), asks whether the force was objectively reasonable.";

    public static TheoryData<string, string, DocumentFormat> TextChoices => new()
    {
        // record                                                                                                    text                                   format
        { """{"plain_text": "Plain wins.", "html": "<p>Html loses.</p>"}""",                                         "Plain wins.",                          DocumentFormat.Text },
        { """{"plain_text": "  \n ", "html_with_citations": "<p>Cited <a href=\"/o/1/\">490 U.S. 386</a>.</p>", "html": "<p>Plain html.</p>"}""", "Cited 490 U.S. 386.", DocumentFormat.Html },
        { """{"plain_text": null, "html": "<p>Html before lawbox.</p>", "html_lawbox": "<p>Lawbox.</p>"}""",         "Html before lawbox.",                  DocumentFormat.Html },
        { """{"html": "", "html_lawbox": "<p>Lawbox text.</p>", "html_columbia": "<p>Columbia.</p>"}""",             "Lawbox text.",                         DocumentFormat.Html },
        { """{"html_columbia": "<p>Columbia text.</p>", "html_anon_2020": "<p>Anon.</p>"}""",                        "Columbia text.",                       DocumentFormat.Html },
        { """{"html_anon_2020": "<p>Anonymized text.</p>", "xml_harvard": "<opinion><p>Harvard.</p></opinion>"}""", "Anonymized text.",                     DocumentFormat.Html },
        { """{"xml_harvard": "<opinion type=\"majority\"><p>Harvard <page-number label=\"12\">*12</page-number>text.</p></opinion>"}""", "Harvard text.", DocumentFormat.Html },
        { """{"html": "<p></p>", "html_lawbox": "<div>Empty html is skipped.</div>"}""",                             "Empty html is skipped.",               DocumentFormat.Html },
        { """{"id": "fixture:a", "text": "Corpus text first.", "html": "<p>Corpus html.</p>"}""",                    "Corpus text first.",                   DocumentFormat.Text },
        { """{"id": "fixture:b", "text": "", "html": "<p>Corpus html second.</p>"}""",                               "Corpus html second.",                  DocumentFormat.Html },
    };

    [Theory]
    [MemberData(nameof(TextChoices))]
    public void Chooses_the_first_non_empty_text_field(string json, string expected, DocumentFormat format)
    {
        OpinionSource source = OpinionSourceReader.ReadJson("opinion.json", json);
        Assert.Equal(expected, source.Document.Text);
        Assert.Equal(format, source.Document.Format);
        Assert.Equal("opinion.json", source.Document.Path);
    }

    [Fact]
    public void Maps_a_courtlistener_opinion_with_its_cluster_and_docket_inlined()
    {
        const string json = """
            {
              "resource_uri": "https://www.courtlistener.com/api/rest/v3/opinions/112285/",
              "id": 112285,
              "type": "010combined",
              "author_str": "",
              "plain_text": "GRAHAM v. CONNOR\n\nCHIEF JUSTICE REHNQUIST delivered the opinion of the Court.\n\fThis case requires us to decide what constitutional standard governs.",
              "cluster": {
                "id": 112285,
                "case_name": "Graham v. Connor",
                "case_name_full": "Graham v. Connor et al.",
                "date_filed": "1989-05-15",
                "federal_cite_one": "490 U.S. 386",
                "federal_cite_two": "109 S. Ct. 1865",
                "citations": [{"volume": 490, "reporter": "U.S.", "page": "386", "type": 1},
                              {"volume": 104, "reporter": "L. Ed. 2d", "page": "443", "type": 1}],
                "docket": {
                  "docket_number": "87-6571",
                  "court": {"id": "scotus", "full_name": "Supreme Court of the United States", "short_name": "Supreme Court"}
                }
              }
            }
            """;
        OpinionSource source = OpinionSourceReader.ReadJson("graham.json", json);
        OpinionMetadata m = source.Metadata;

        Assert.Equal("courtlistener:112285", m.Id);
        Assert.Equal("Graham v. Connor", m.CaseName);
        Assert.Equal("Graham v. Connor et al.", m.CaseNameFull);
        Assert.Equal("Supreme Court of the United States", m.Court);
        Assert.Equal(new DateOnly(1989, 5, 15), m.Date);
        Assert.Equal(["87-6571"], m.Dockets);
        Assert.Equal(["490 U.S. 386", "104 L. Ed. 2d 443", "109 S. Ct. 1865"], m.Citations);
        Assert.Empty(m.Parts);
        Assert.Equal([0, source.Document.Text.IndexOf('\f') + 1], source.Document.PageStarts);
    }

    public static TheoryData<string, string?, string?, string?, string?, string> FlatRecords => new()
    {
        // record                                                                                                   id                        case name             court                       date          dockets
        { """{"id": 7, "plain_text": "x", "case_name": "Tennessee v. Garner", "court": "https://www.courtlistener.com/api/rest/v4/courts/scotus/", "date_filed": "1985-03-27T00:00:00Z", "docket_number": "83-1035"}""",
          "courtlistener:7", "Tennessee v. Garner", "scotus", "1985-03-27", "83-1035" },
        { """{"id": 8, "plain_text": "x", "caseName": "Harlow v. Fitzgerald", "court_id": "scotus", "dateFiled": "1982-06-24", "docketNumber": "80-945"}""",
          "courtlistener:8", "Harlow v. Fitzgerald", "scotus", "1982-06-24", "80-945" },
        { """{"id": "courtlistener:9", "text": "x", "case_name": "Medina v. Cram", "court": "Court of Appeals for the Tenth Circuit", "date": "2001-08-21", "citations": ["252 F.3d 1124"], "extra": {"docket_number": "99-1502", "full_name": "Medina v. Cram et al."}}""",
          "courtlistener:9", "Medina v. Cram", "Court of Appeals for the Tenth Circuit", "2001-08-21", "99-1502" },
        { """{"id": "abc", "text": "x", "date": "2001-13-45"}""",
          "abc", null, null, null, "" },
        { """{"text": "x", "date": "1989"}""",
          null, null, null, null, "" },
    };

    [Theory]
    [MemberData(nameof(FlatRecords))]
    public void Maps_flat_records(string json, string? id, string? caseName, string? court, string? date, string dockets)
    {
        OpinionMetadata m = OpinionSourceReader.ReadJson("r.json", json).Metadata;
        Assert.Equal(id, m.Id);
        Assert.Equal(caseName, m.CaseName);
        Assert.Equal(court, m.Court);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), m.Date);
        Assert.Equal(dockets, string.Join("|", m.Dockets));
    }

    [Fact]
    public void A_corpus_record_keeps_its_citations_and_full_name()
    {
        const string json = """{"id": "courtlistener:9", "text": "x", "case_name": "Medina v. Cram", "citations": ["252 F.3d 1124", "2001 U.S. App. LEXIS 12345"], "extra": {"full_name": "Medina v. Cram et al."}}""";
        OpinionMetadata m = OpinionSourceReader.ReadJson("r.json", json).Metadata;
        Assert.Equal(["252 F.3d 1124", "2001 U.S. App. LEXIS 12345"], m.Citations);
        Assert.Equal("Medina v. Cram et al.", m.CaseNameFull);
    }

    [Theory]
    //          opinion type             part kind
    [InlineData("040dissent",            "dissent")]
    [InlineData("030concurrence",        "concurrence")]
    [InlineData("035concurrenceinpart",  "concurrence_in_part_dissent_in_part")]
    [InlineData("020lead",               "majority")]
    [InlineData("025plurality",          "plurality")]
    [InlineData("060remittitur",         "other")]
    public void A_courtlistener_opinion_that_is_one_written_part_is_that_part_whole(string type, string kind)
    {
        string json = $$"""{"id": 5, "type": "{{type}}", "author_str": "Brennan", "plain_text": "{{Graham}}"}""";
        SourceOpinionPart part = Assert.Single(OpinionSourceReader.ReadJson("r.json", json).Metadata.Parts);
        Assert.Equal(new SourceOpinionPart(kind, "Brennan", 0, Graham.Length), part);
    }

    [Fact]
    public void Footnotes_in_courtlistener_html_are_found_as_in_an_html_file()
    {
        const string json = """
            {"id": 3, "html_with_citations": "<p>Qualified immunity shields officials.<sup>1</sup></p><div class=\"footnote\" id=\"fn1\">1 See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).</div>"}
            """;
        SourceDocument doc = OpinionSourceReader.ReadJson("r.json", json).Document;
        FootnoteSpan note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Label);
        Assert.Equal("1 See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).", doc.Text[note.Start..note.End]);
    }

    [Theory]
    //          json                                   message contains
    [InlineData("",                                    "r.json is empty")]
    [InlineData("[1, 2]",                              "r.json is not a JSON object (it is an array)")]
    [InlineData("\"just a string\"",                   "r.json is not a JSON object (it is a string)")]
    [InlineData("{\"plain_text\": \"cut off",          "r.json ends in the middle of a JSON value")]
    [InlineData("{\"plain_text\": }",                  "r.json is not valid JSON (line 1, byte 16)")]
    [InlineData("Not JSON at all",                     "r.json is not valid JSON (line 1, byte 1)")]
    [InlineData("{\"id\": 4, \"plain_text\": \"\", \"html\": null}", "r.json has no opinion text (plain_text, text, html_with_citations")]
    [InlineData("{\"name\": \"Doe v. Roe\", \"decision_date\": \"1990-01-02\", \"casebody\": {\"status\": \"error_limit_exceeded\", \"data\": null}}", "r.json has no opinion text (casebody")]
    public void Bad_json_gives_one_clear_line(string json, string expected)
    {
        DocumentReadException ex = Assert.Throws<DocumentReadException>(() => OpinionSourceReader.ReadJson("r.json", json));
        Assert.StartsWith(expected, ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
        Assert.DoesNotContain("   at ", ex.Message);
    }

    [Fact]
    public void Absurdly_deep_json_is_refused_cleanly()
    {
        string json = new string('[', 100_000) + new string(']', 100_000);
        DocumentReadException ex = Assert.Throws<DocumentReadException>(() => OpinionSourceReader.ReadJson("deep.json", json));
        Assert.StartsWith("deep.json is not valid JSON", ex.Message);
    }
}
