using System.Diagnostics;
using System.Text;
using Precedent.Citations;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class TopicTaggerTests
{
    [Theory]
    // text                                                                                                                   expected tag
    [InlineData("The officers claim qualified immunity. Qualified immunity shields officials unless the law was clearly established.", "qualified immunity")]
    [InlineData("He alleges excessive force. Under Graham v. Connor, 490 U.S. 386, 396 (1989), excessive force claims are judged objectively.", "excessive force")]
    [InlineData("He sued under 42 U.S.C. § 1983. A section 1983 plaintiff must show state action.", "§ 1983")]
    [InlineData("The court granted summary judgment. On summary-judgment review no genuine issue of material fact remained; summary judgment was proper.", "summary judgment")]
    [InlineData("This interlocutory appeal is proper because the denial of immunity is an immediately appealable collateral order.", "interlocutory appeal")]
    [InlineData("He filed a petition for a writ of habeas corpus. AEDPA governs the habeas petition.", "habeas corpus")]
    [InlineData("She claims workers' compensation benefits; the workers compensation board denied them.", "workers' compensation")]
    [InlineData("Counsel rendered ineffective assistance under Strickland v. Washington, 466 U.S. 668 (1984).", "ineffective assistance of counsel")]
    [InlineData("The Sherman Act forbids restraints of trade; this antitrust claim fails.", "antitrust")]
    [InlineData("The statements were hearsay, and no hearsay exception applies.", "hearsay")]
    public void Tags_a_topic_mentioned_often_enough(string text, string tag)
    {
        var topics = TopicTagger.Tag(text);
        var topic = Assert.Single(topics, t => t.Tag == tag);
        Assert.All(topic.Evidence, e => Assert.True(e.Start >= 0 && e.End <= text.Length && e.End > e.Start));
    }

    [Theory]
    [InlineData("The parties mentioned summary judgment once.", "summary judgment")]
    [InlineData("A stray reference to hearsay.", "hearsay")]
    [InlineData("The witness was negligent.", "negligence")]
    [InlineData("Summary. Judgment was entered. Summary. Judgment again. Summary. Judgment.", "summary judgment")]
    [InlineData("Notwithstanding the notwithstanding clause, standings are posted.", "standing")]
    public void Does_not_tag_a_stray_or_broken_phrase(string text, string tag)
    {
        Assert.DoesNotContain(TopicTagger.Tag(text), t => t.Tag == tag);
    }

    [Fact]
    public void Counts_statute_citations_once_with_their_text()
    {
        var text = "Jones sued under 42 U.S.C. § 1983 and later amended under § 1983.";
        var citations = CitationExtractor.Default.Extract(text);
        var topic = Assert.Single(TopicTagger.Tag(text, citations), t => t.Tag == "§ 1983");
        Assert.Equal(2, topic.Evidence.Count);
    }

    [Fact]
    public void Tags_habeas_corpus_from_a_2254_citation()
    {
        var text = "Smith petitioned under 28 U.S.C. § 2254. The court considered 28 U.S.C. § 2254(d) and denied relief.";
        var citations = CitationExtractor.Default.Extract(text);
        Assert.Contains(TopicTagger.Tag(text, citations), t => t.Tag == "habeas corpus");
    }

    [Fact]
    public void Caps_evidence_and_orders_by_mentions()
    {
        var text = string.Concat(Enumerable.Repeat("The hearsay objection failed. ", 30)) + "Miranda warnings and Miranda rights.";
        var topics = TopicTagger.Tag(text);
        Assert.Equal("hearsay", topics[0].Tag);
        Assert.Equal(TopicTagger.MaxEvidence, topics[0].Evidence.Count);
        Assert.Equal("Miranda", topics[1].Tag);
    }

    [Fact]
    public void The_vocabulary_has_the_required_tags()
    {
        foreach (var tag in new[] { "qualified immunity", "excessive force", "summary judgment", "§ 1983", "interlocutory appeal", "habeas corpus" })
            Assert.Contains(tag, TopicTagger.Tags);
        Assert.InRange(TopicTagger.Tags.Count, 40, 70);
        Assert.Equal(TopicTagger.Tags.Count, TopicTagger.Tags.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("§§§§")]
    [InlineData("\uD800\uDC00\uFFFF")]
    public void Survives_odd_input(string text)
    {
        Assert.Empty(TopicTagger.Tag(text, [new Citation { Kind = CitationKind.Statute, Start = 5, End = 99, Text = "x", Code = "U.S.C.", Title = "42", Section = "1983" }]));
    }

    [Theory]
    [InlineData("qualified immunity ")]
    [InlineData("summary ")]
    [InlineData("§ ")]
    [InlineData("a")]
    public void Is_linear_on_a_million_repetitions(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, 1_000_000 / unit.Length + 1).ToString();
        var watch = Stopwatch.StartNew();
        var topics = TopicTagger.Tag(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.All(topics, t => Assert.True(t.Evidence.Count <= TopicTagger.MaxEvidence));
    }
}
