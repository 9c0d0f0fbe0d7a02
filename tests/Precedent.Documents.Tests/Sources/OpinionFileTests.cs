using System.Text;
using Precedent.Documents.Sources;

namespace Precedent.Documents.Tests.Sources;

public sealed class OpinionFileTests : IDisposable
{
    private readonly SourceFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (List<OpinionSource> Sources, List<string> Errors) ReadAll(string path)
    {
        var errors = new List<string>();
        List<OpinionSource> sources = [.. OpinionSourceReader.ReadFile(path, e => errors.Add(e.Message))];
        return (sources, errors);
    }

    private static string Name(string path) => Path.GetFileName(path);

    private static string Relative(OpinionSource source) => Path.GetFileName(source.Document.Path);

    [Fact]
    public void A_json_file_with_one_courtlistener_opinion()
    {
        string path = _files.Write("garner.json", """{"id": 11, "case_name": "Tennessee v. Garner", "plain_text": "Deadly force may not be used unless necessary."}""");
        OpinionSource source = Assert.Single(OpinionSourceReader.ReadFile(path));
        Assert.Equal(path, source.Document.Path);
        Assert.Equal("Tennessee v. Garner", source.Metadata.CaseName);
    }

    [Fact]
    public void A_json_array_with_a_bad_record_in_the_middle_keeps_the_others()
    {
        string path = _files.Write("list.json", """
            [
              {"id": 1, "plain_text": "First opinion."},
              "not an object",
              {"id": 3, "plain_text": "", "html": ""},
              {"name_abbreviation": "People v. Doe", "decision_date": "1994-03-18", "casebody": {"data": "Fourth opinion."}}
            ]
            """);
        (List<OpinionSource> sources, List<string> errors) = ReadAll(path);
        Assert.Equal(["First opinion.", "Fourth opinion."], sources.Select(s => s.Document.Text));
        Assert.Equal(["list.json#courtlistener:1", "list.json#4"], sources.Select(Relative));
        Assert.Equal(2, errors.Count);
        Assert.Equal($"{path} record 2 is not a JSON object (it is a string)", errors[0]);
        Assert.StartsWith($"{path} record 3 (courtlistener:3) has no opinion text", errors[1]);
    }

    [Fact]
    public void A_courtlistener_api_page_reads_its_results()
    {
        string path = _files.Write("page.json", """
            {"count": 2, "next": null, "previous": null, "results": [
              {"id": 21, "plain_text": "Opinion one."},
              {"id": 22, "html_with_citations": "<p>Opinion two.</p>"}
            ]}
            """);
        Assert.Equal(["Opinion one.", "Opinion two."], OpinionSourceReader.ReadFile(path).Select(s => s.Document.Text));
    }

    [Fact]
    public void Jsonl_reads_courtlistener_cap_and_corpus_records_naming_each()
    {
        string path = _files.Write("mixed.jsonl", string.Join("\n",
            """{"id": 31, "plain_text": "A CourtListener opinion."}""",
            "",
            """{"id": 32, "name_abbreviation": "People v. Doe", "decision_date": "1994-03-18", "casebody": {"data": {"opinions": [{"type": "majority", "text": "A CAP case."}]}}}""",
            """{"id": "courtlistener:33", "case_name": "Medina v. Cram", "court": "Court of Appeals for the Tenth Circuit", "date": "2001-08-21", "text": "A corpus record.", "html": "", "citations": ["252 F.3d 1124"], "extra": {"docket_number": "99-1502"}}""",
            """{"case_name": "No id here", "text": "A record without an id."}""") + "\r\n");
        (List<OpinionSource> sources, List<string> errors) = ReadAll(path);
        Assert.Empty(errors);
        Assert.Equal(
            ["mixed.jsonl#courtlistener:31", "mixed.jsonl#cap:32", "mixed.jsonl#courtlistener:33", "mixed.jsonl#5"],
            sources.Select(Relative));
        Assert.Equal("A record without an id.", sources[3].Document.Text);
        Assert.Equal(["99-1502"], sources[2].Metadata.Dockets);
    }

    public static TheoryData<string, byte[], string> BadLines => new()
    {
        // middle line                                                          message after "FILE line 2"
        { "truncated", Encoding.UTF8.GetBytes("""{"id": 2, "plain_text": "cut"""), " ends in the middle of a JSON value" },
        { "syntax", Encoding.UTF8.GetBytes("""{"id": 2 "plain_text": "x"}"""), " is not valid JSON (byte 10)" },
        { "array", Encoding.UTF8.GetBytes("""[{"plain_text": "x"}]"""), " is not a JSON object (it is an array)" },
        { "no text", Encoding.UTF8.GetBytes("""{"id": 2, "case_name": "Doe v. Roe"}"""), " (2) has no opinion text" },
        { "bad utf-8", [.. Encoding.UTF8.GetBytes("""{"plain_text": "caf"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")], " is not valid UTF-8 at byte 20 of the line" },
        { "two values", Encoding.UTF8.GetBytes("""{"plain_text": "a"} {"plain_text": "b"}"""), " is not valid JSON (byte 21)" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Jsonl_with_a_bad_line_in_the_middle_reads_the_rest(string label, byte[] middle, string expected)
    {
        byte[] content = [.. Encoding.UTF8.GetBytes("""{"id": 1, "plain_text": "First."}""" + "\n"), .. middle, .. Encoding.UTF8.GetBytes("\n" + """{"id": 3, "plain_text": "Third."}""" + "\n")];
        string path = _files.Write(label.Replace(' ', '-') + ".jsonl", content);
        (List<OpinionSource> sources, List<string> errors) = ReadAll(path);
        Assert.Equal(["First.", "Third."], sources.Select(s => s.Document.Text));
        string error = Assert.Single(errors);
        Assert.StartsWith($"{path} line 2{expected}", error);
        Assert.DoesNotContain("\n", error);
    }

    [Fact]
    public void Without_a_handler_the_first_bad_record_is_thrown_after_the_good_ones_before_it()
    {
        string path = _files.Write("stop.jsonl", "{\"plain_text\": \"First.\"}\n{oops}\n{\"plain_text\": \"Third.\"}\n");
        var read = new List<string>();
        DocumentReadException ex = Assert.Throws<DocumentReadException>(() =>
        {
            foreach (OpinionSource source in OpinionSourceReader.ReadFile(path))
                read.Add(source.Document.Text);
        });
        Assert.Equal(["First."], read);
        Assert.StartsWith($"{path} line 2 is not valid JSON", ex.Message);
    }

    private const string CsvHeader = "id,date_created,cluster_id,plain_text,html,html_with_citations,xml_harvard,html_lawbox,html_columbia\r\n";

    [Fact]
    public void Csv_rows_with_quotes_commas_and_line_breaks_inside_fields()
    {
        string path = _files.Write("opinions.csv", CsvHeader
            + "41,2019-01-01 00:00:00+00,9001,\"The officer said, \"\"Stop.\"\"\nThen he fired.\",,,,,\r\n"
            + "42,2019-01-02 00:00:00+00,9002,,\"<p>Harlow v. Fitzgerald, 457 U.S. 800 (1982).</p>\",\"<p>With citations first.</p>\",,,\r\n"
            + "\r\n"
            + "43,2019-01-03 00:00:00+00,9003,,,,,\"<p>Lawbox\r\nfallback.</p>\",\n");
        (List<OpinionSource> sources, List<string> errors) = ReadAll(path);
        Assert.Empty(errors);
        Assert.Equal(
            ["The officer said, \"Stop.\"\nThen he fired.", "With citations first.", "Lawbox fallback."],
            sources.Select(s => s.Document.Text));
        Assert.Equal(["opinions.csv#courtlistener:41", "opinions.csv#courtlistener:42", "opinions.csv#courtlistener:43"], sources.Select(Relative));
        Assert.All(sources, s => Assert.Null(s.Metadata.Date));
    }

    public static TheoryData<string, byte[], string> BadRows => new()
    {
        // middle row                                                           message after "FILE row 2 (line 3)"
        { "no-text", Encoding.UTF8.GetBytes("52,x,1,,,,,,\n"), " (courtlistener:52) has no opinion text" },
        { "short", Encoding.UTF8.GetBytes("52,x,1,\"only four\"\n"), " has 4 fields but the header names 9 columns" },
        { "utf8", [.. Encoding.UTF8.GetBytes("52,x,1,\"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\",,,,,\n")], " is not valid UTF-8 (field 4, byte 3 of the field)" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Csv_with_a_bad_row_in_the_middle_reads_the_rest(string label, byte[] middle, string expected)
    {
        byte[] content = [.. Encoding.UTF8.GetBytes(CsvHeader + "51,x,1,First.,,,,,\n"), .. middle, .. Encoding.UTF8.GetBytes("53,x,1,Third.,,,,,\n")];
        string path = _files.Write(label + ".csv", content);
        (List<OpinionSource> sources, List<string> errors) = ReadAll(path);
        Assert.Equal(["First.", "Third."], sources.Select(s => s.Document.Text));
        Assert.StartsWith($"{path} row 2 (line 3){expected}", Assert.Single(errors));
    }

    [Fact]
    public void Csv_ending_inside_a_quoted_field_reports_the_row_where_it_began()
    {
        string path = _files.Write("open.csv", CsvHeader + "61,x,1,Fine.,,,,,\n62,x,1,\"never closed\nmore,,,,,\n");
        (List<OpinionSource> sources, List<string> errors) = ReadAll(path);
        Assert.Equal("Fine.", Assert.Single(sources).Document.Text);
        Assert.Equal($"{path} row 2 (line 3) has a quoted field that is never closed (the file ends inside it)", Assert.Single(errors));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        // file name      content                                                message after the path
        { "empty.json",   [],                                                    " is empty" },
        { "blank.json",   Encoding.UTF8.GetBytes(" \n\t\n"),                     " is empty; expected a JSON object or array" },
        { "empty.jsonl",  [],                                                    " is empty" },
        { "blank.jsonl",  Encoding.UTF8.GetBytes("\n\n  \n"),                    " is empty; expected one JSON object per line" },
        { "empty.csv",    [],                                                    " is empty" },
        { "words.json",   Encoding.UTF8.GetBytes("Graham v. Connor"),            " is not valid JSON (line 1, byte 1)" },
        { "cut.json",     Encoding.UTF8.GetBytes("{\"plain_text\": \"abc\",\n \"html\": \"<p>"), " ends in the middle of a JSON value (line 2" },
        { "number.json",  Encoding.UTF8.GetBytes("42"),                          " is JSON but holds a number, not an opinion object or a list of them" },
        { "latin1.json",  [.. Encoding.UTF8.GetBytes("{\"plain_text\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}")], " is not valid UTF-8 at byte 19" },
        { "notcsv.csv",   Encoding.UTF8.GetBytes("name,age\nDoe,40\n"),          " is not an opinion CSV: its header names no text column" },
        { "binary.csv",   [0x50, 0x4B, 0x00, 0x00, 0x2C, 0x00],                 " is a binary file, not CSV" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_files_give_one_clear_line(string name, byte[] content, string expected)
    {
        string path = _files.Write(name, content);
        DocumentReadException ex = Assert.Throws<DocumentReadException>(() => OpinionSourceReader.ReadFile(path).ToList());
        Assert.StartsWith(path + expected, ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
    }

    [Fact]
    public void Missing_files_and_folders_are_refused_at_once()
    {
        Assert.EndsWith("does not exist", Assert.Throws<DocumentReadException>(() => OpinionSourceReader.ReadFile(Path.Combine(_files.Folder, "none.jsonl"))).Message);
        Assert.EndsWith("is a directory, not a file", Assert.Throws<DocumentReadException>(() => OpinionSourceReader.ReadFile(_files.Folder)).Message);
    }

    [Theory]
    //          file name       content                                                       text
    [InlineData("brief.txt",    "See Anderson v. Creighton, 483 U.S. 635 (1987).",            "See Anderson v. Creighton, 483 U.S. 635 (1987).")]
    [InlineData("brief.html",   "<p>See <i>Harlow</i>, 457 U.S. at 818.</p>",                 "See Harlow, 457 U.S. at 818.")]
    [InlineData("records.dat",  "{\"plain_text\": \"one\"}\n{\"plain_text\": \"two\"}\n",     "one")]
    [InlineData("record.dat",   "{\"plain_text\": \"only\"}",                                  "only")]
    [InlineData("notes.dat",    "Plain notes.",                                               "Plain notes.")]
    public void Plain_documents_and_unknown_extensions(string name, string content, string firstText)
    {
        string path = _files.Write(name, content);
        OpinionSource first = OpinionSourceReader.ReadFile(path).First();
        Assert.Equal(firstText, first.Document.Text);
        if (name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".html", StringComparison.Ordinal))
            Assert.Same(OpinionMetadata.Empty, first.Metadata);
    }

    [Fact]
    public void A_json_file_holding_several_objects_is_read_as_lines()
    {
        string path = _files.Write("several.json", "{\"plain_text\": \"one\"}\n{\"plain_text\": \"two\"}\n");
        Assert.Equal(["one", "two"], OpinionSourceReader.ReadFile(path).Select(s => s.Document.Text));
    }

    [Theory]
    [InlineData("huge.json")]
    [InlineData("huge.jsonl")]
    public void A_50_megabyte_record_is_read(string name)
    {
        string body = new StringBuilder(50 * 1024 * 1024).Insert(0, "Graham v. Connor, 490 U.S. 386 (1989). ", 1_300_000).ToString();
        string path = _files.Write(name, "{\"id\": 99, \"plain_text\": \"" + body + "\"}\n");
        Assert.True(new FileInfo(path).Length > 50_000_000);
        OpinionSource source = Assert.Single(OpinionSourceReader.ReadFile(path));
        Assert.Equal(body.Length, source.Document.Text.Length);
    }

    [Fact]
    public void Many_small_records_are_read_in_linear_time()
    {
        var jsonl = new StringBuilder();
        var csv = new StringBuilder(CsvHeader);
        for (int i = 1; i <= 100_000; i++)
        {
            jsonl.Append("{\"id\": ").Append(i).Append(", \"plain_text\": \"See 42 U.S.C. \\u00a7 1983.\"}\n");
            csv.Append(i).Append(",x,1,\"See \"\"42 U.S.C. \u00a7 1983\"\".\",,,,,\n");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(100_000, OpinionSourceReader.ReadFile(_files.Write("many.jsonl", jsonl.ToString())).Count());
        Assert.Equal(100_000, OpinionSourceReader.ReadFile(_files.Write("many.csv", csv.ToString())).Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }
}
