using System.Text;
using System.Text.Json;
using Precedent.Documents.Opinions;
using Precedent.Documents.Sources;

namespace Precedent.Documents.Tests.Opinions;

/// <summary>The whole reading of an opinion: readers put together, metadata filling gaps, the precedent.read/1 JSON.</summary>
public class OpinionReaderTests
{
    private const string Opinion = """
        UNITED STATES COURT OF APPEALS
        FOR THE FOURTH CIRCUIT

        No. 23-2210

        MARIA DELGADO,
        Plaintiff-Appellant,
        v.
        CITY OF NORFOLK,
        Defendant-Appellee.

        Argued: May 7, 2024
        Decided: August 19, 2024

        Before KING, AGEE, and BERNER, Circuit Judges.

        AGEE, Circuit Judge:

        Maria Delgado appeals the dismissal of her complaint. We review a dismissal under Rule 12(b)(6) de novo. Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). The complaint must state a plausible claim. Id. at 679.

        For these reasons, the judgment of the district court is AFFIRMED.

        BERNER, Circuit Judge, dissenting:

        I would hold that the complaint states a claim under Iqbal, 556 U.S. at 678. I respectfully dissent.

        """;

    private static SourceDocument Text(string text) => new("delgado.txt", DocumentFormat.Text, text, [0], []);

    [Fact]
    public void ReadsCaptionPartsAndDisposition()
    {
        var o = OpinionReader.Read(Text(Opinion));
        Assert.Equal("ca4", o.Caption.Court?.Id);
        Assert.Equal(["23-2210"], o.Caption.Dockets);
        Assert.Equal(new DateOnly(2024, 8, 19), o.Caption.Date);
        Assert.Equal(["King", "Agee", "Berner"], o.Caption.Judges);
        Assert.Equal([("majority", "Agee"), ("dissent", "Berner")], o.Parts.Select(p => (p.Kind, p.Author)).ToArray());
        Assert.Equal("affirmed", o.Disposition?.Kind);
        Assert.Equal(["de novo"], o.StandardsOfReview);
    }

    [Fact]
    public void CitationsAreResolvedWithinTheirPart()
    {
        var o = OpinionReader.Read(Text(Opinion));
        var cites = o.Citations.Citations;
        var id = cites.Single(c => c.Text.StartsWith("Id.", StringComparison.Ordinal));
        Assert.Equal(0, o.PartAt(id.Start));
        var shortCite = cites.Single(c => c.Text.Contains("at 678", StringComparison.Ordinal));
        Assert.Equal(1, o.PartAt(shortCite.Start));
        Assert.Equal("Ashcroft v. Iqbal", o.Citations.AuthorityOf(shortCite)?.Label.Split(',')[0]);
    }

    [Fact]
    public void PartsCoverTheTextInOrder()
    {
        var o = OpinionReader.Read(Text(Opinion));
        Assert.Equal(0, o.Parts[0].Start);
        for (var i = 1; i < o.Parts.Count; i++)
            Assert.Equal(o.Parts[i - 1].End, o.Parts[i].Start);
        Assert.Equal(Opinion.Length, o.Parts[^1].End);
    }

    [Fact]
    public void MetadataFillsOnlyWhatTheTextDoesNotState()
    {
        var text = "PER CURIAM.\n\nThe appeal is DISMISSED.\n";
        var metadata = OpinionMetadata.Empty with
        {
            Court = "Court of Appeals for the Ninth Circuit",
            Date = new DateOnly(2019, 5, 2),
            CaseName = "Ross v. Vale",
            Dockets = ["18-55001"],
        };
        var o = OpinionReader.Read(Text(text), metadata);
        Assert.Equal("ca9", o.Caption.Court?.Id);
        Assert.Equal(new DateOnly(2019, 5, 2), o.Caption.Date);
        Assert.Equal("Ross v. Vale", o.Caption.CaseName);
        Assert.Equal(["18-55001"], o.Caption.Dockets);

        var stated = OpinionReader.Read(Text(Opinion), metadata);
        Assert.Equal("ca4", stated.Caption.Court?.Id);
        Assert.Equal(new DateOnly(2024, 8, 19), stated.Caption.Date);
    }

    [Theory]
    [InlineData("majority", "majority")]
    [InlineData("dissent", "dissent")]
    [InlineData("concurrence", "concurrence")]
    [InlineData("concurring-in-part-and-dissenting-in-part", "concurrence_in_part_dissent_in_part")]
    [InlineData("concurrence_in_judgment", "concurrence_in_judgment")]
    [InlineData("per_curiam", "per_curiam")]
    [InlineData("plurality", "plurality")]
    [InlineData("remittitur", "other")]
    public void SourcePartsBecomeParts(string type, string kind)
    {
        var text = "First opinion text.\nSecond opinion text.\n";
        var metadata = OpinionMetadata.Empty with
        {
            Parts = [new SourceOpinionPart("majority", "Ruiz", 0, 20), new SourceOpinionPart(type, "Ames", 20, text.Length)],
        };
        var o = OpinionReader.Read(Text(text), metadata);
        Assert.Equal(2, o.Parts.Count);
        Assert.Equal(("majority", "Ruiz", 0, 20), (o.Parts[0].Kind, o.Parts[0].Author, o.Parts[0].Start, o.Parts[0].End));
        Assert.Equal((kind, "Ames", 20, text.Length), (o.Parts[1].Kind, o.Parts[1].Author, o.Parts[1].Start, o.Parts[1].End));
    }

    [Theory]
    [InlineData("BROOKS, Circuit Judge, dissenting.\n\nI would hold that the officers are not immune, for the facts are disputed.\n", "lead", "dissent", "Brooks")]
    [InlineData("I would hold that the officers are not immune, for the facts are disputed.\n", "dissent", "dissent", null)]
    [InlineData("I would hold that the officers are not immune, for the facts are disputed.\n", "lead", "majority", null)]
    public void OneTypedOpinionYieldsToItsOwnHeading(string text, string type, string kind, string? author)
    {
        var metadata = OpinionMetadata.Empty with { Parts = [new SourceOpinionPart(type, null, 0, text.Length)] };
        var part = Assert.Single(OpinionReader.Read(Text(text), metadata).Parts);
        Assert.Equal((kind, author), (part.Kind, part.Author));
    }

    [Fact]
    public void SourcePartsThatDoNotFitTheTextAreIgnored()
    {
        var text = "TACHA, Chief Judge.\n\nWe affirm.\n";
        var metadata = OpinionMetadata.Empty with { Parts = [new SourceOpinionPart("majority", null, 0, 9_999)] };
        var o = OpinionReader.Read(Text(text), metadata);
        Assert.Equal(("majority", "Tacha"), (o.Parts[0].Kind, o.Parts[0].Author));
    }

    /// <summary>The top-level keys of contracts/read-json.md, in its order.</summary>
    private static readonly string[] ContractKeys =
        ["schema", "source", "court", "dockets", "date", "caseName", "parties", "judges", "parts", "headings", "footnotes", "disposition", "standardOfReview", "topics"];

    [Theory]
    [InlineData(Opinion)]
    [InlineData("")]
    [InlineData("Only a sentence with no caption at all.")]
    public void JsonHasExactlyTheContractKeys(string text)
    {
        var o = OpinionReader.Read(Text(text));
        using var stream = new MemoryStream();
        ReadJsonWriter.Write(stream, "x.txt", o);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(ContractKeys, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("precedent.read/1", root.GetProperty("schema").GetString());
        foreach (var part in root.GetProperty("parts").EnumerateArray())
            Assert.Equal(["kind", "author", "start", "end"], part.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var h in root.GetProperty("headings").EnumerateArray())
            Assert.Equal(["label", "title", "part", "start", "end"], h.EnumerateObject().Select(p => p.Name).ToArray());
        if (root.GetProperty("disposition").ValueKind == JsonValueKind.Object)
            Assert.Equal(["kind", "text", "start", "end"], root.GetProperty("disposition").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void AdversarialTextsReadInLinearTime()
    {
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("SMITH, Circuit Judge, dissenting.\n", 20_000)),
            string.Concat(Enumerable.Repeat("I.\n", 50_000)),
            string.Concat(Enumerable.Repeat("[1] ", 50_000)),
            string.Concat(Enumerable.Repeat("AFFIRMED. ", 50_000)),
            new string('v', 500_000),
        };
        foreach (var input in inputs)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var o = OpinionReader.Read(Text(input));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
            Assert.Equal(input.Length, o.Parts[^1].End);
        }
    }

    [Fact]
    public void AFiveHundredPagePdfOpinionIsRead()
    {
        var pages = new List<TestInputs.PdfPageSpec>
        {
            new(null, ["UNITED STATES COURT OF APPEALS", "FOR THE TENTH CIRCUIT", "", "No. 99-4021", "",
                "Before TACHA, Chief Judge, EBEL and LUCERO, Circuit Judges.", "", "EBEL, Circuit Judge.", "",
                "We review the grant of summary judgment de novo."], "1"),
        };
        string[] sentences =
        [
            "The officers arrived after the second call and found the door open.",
            "A reasonable officer could have believed that the suspect was armed.",
            "The district court weighed the severity of the crime at issue.",
            "Nothing in the record suggests that the warning was not heard.",
            "The plaintiff does not dispute that he refused to show his hands.",
            "We consider the facts as the officers saw them at the time.",
            "The parties agree that the encounter lasted less than a minute.",
        ];
        for (var i = 2; i <= 499; i++)
        {
            // the citations sit mid-page: a line repeated on every page at the top or bottom is a running head
            pages.Add(new(null, [sentences[i % 7], $"See Graham v. Connor, 490 U.S. 386, {396 + (i % 3)} (1989); Scott v. Harris, 550 U.S. 372, {380 + (i % 5)} (2007).",
                sentences[(i * 3) % 7], sentences[(i * 5 + 1) % 7]],
                i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        pages.Add(new(null, ["AFFIRMED.", "", "LUCERO, Circuit Judge, dissenting.", "", "I would reverse."], "500"));
        var document = DocumentReader.Read("long.pdf", TestInputs.Pdf([.. pages]));
        Assert.Equal(500, document.PageCount);
        var o = OpinionReader.Read(document);
        Assert.Equal("ca10", o.Caption.Court?.Id);
        Assert.Equal([("majority", "Ebel"), ("dissent", "Lucero")], o.Parts.Select(p => (p.Kind, p.Author)).ToArray());
        Assert.Equal("affirmed", o.Disposition?.Kind);
        Assert.True(o.Citations.Citations.Count >= 996, $"{o.Citations.Citations.Count} citations");
        Assert.Equal(500, document.PageAt(o.Parts[1].Start));
    }
}
