using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// Papers of the record cited in the forms trial and appellate opinions use: a party's brief, response or
/// opposition, an exhibit, a tab of an appeal file, a bare appendix page, a docket entry; and the blank page of a
/// slip opinion.
/// </summary>
public class RecordFormTests
{
    // input sentence → exact citation text, Code, Section, PinCite
    [Theory]
    [InlineData("The government conceded the point. United States Resp. at 137.", "Resp. at 137", "Resp.", "137", "137")]
    [InlineData("The officer lacked training. Def.'s Br. at 12.", "Def.'s Br. at 12", "Br.", "12", "12")]
    [InlineData("The claim was never exhausted. Pl. Opp. 4.", "Pl. Opp. 4", "Opp.", "4", "4")]
    [InlineData("Nothing shows notice. (Pl.'s Resp. at 7.)", "Pl.'s Resp. at 7", "Resp.", "7", "7")]
    [InlineData("The charge was filed late. Secretary's Br. at 9-10.", "Br. at 9-10", "Br.", "9-10", "9-10")]
    [InlineData("The ranchers disagree. SCI Reply at 12.", "Reply at 12", "Reply", "12", "12")]
    [InlineData("Nothing in the record shows it. Def.'s Reply at 3.", "Def.'s Reply at 3", "Reply", "3", "3")]
    [InlineData("The copayment is set by regulation. Suppl. R. at 7A-9A.", "Suppl. R. at 7A-9A", "Supp. R.", "7A-9A", "7A-9A")]
    [InlineData("The proposed removal was rescinded. IAF, Tab 7 at 15-18.", "Tab 7 at 15-18", "Tab", "7", "15-18")]
    [InlineData("He filed a petition for review, Petition for Review (PFR) File, Tab 1, and the agency replied.", "Tab 1", "Tab", "1", null)]
    [InlineData("The lease is in the record. Application, Exhibit A.", "Exhibit A", "Ex.", "A", null)]
    [InlineData("She was held as a witness. (Plaintiff's Response, Ex. 6).", "Ex. 6", "Ex.", "6", null)]
    [InlineData("The call log is attached (Docket No. 17-3, Exhibit B-7).", "Exhibit B-7", "Ex.", "B-7", null)]
    [InlineData("The mediation agreement says so. (Def. Ex. 6 at 3.)", "Ex. 6 at 3", "Ex.", "6", "3")]
    [InlineData("The plan was adopted. App. 189; see also id. at 190.", "App. 189", "App.", "189", "189")]
    [InlineData("The officers knew the pills were candy. See App. 79-80.", "App. 79-80", "App.", "79-80", "79-80")]
    [InlineData("The petition was filed. Petition, Docket Entry 1.", "Docket Entry 1", "Dkt. No.", "1", null)]
    [InlineData("The trooper searched the trunk (R. 120-122).", "R. 120-122", "R.", "120-122", "120-122")]
    [InlineData("The reports are substantially true. (Defendant's Motion, at 4).", "Defendant's Motion, at 4", "Mot.", "4", "4")]
    public void Finds_record(string input, string text, string code, string section, string? pin)
    {
        var c = LawCite.Find(input, CitationKind.Record, text);
        LawCite.AssertFields(c, null, code, section);
        Assert.Equal(pin, c.PinCite);
    }

    // reporters, rules, court parentheticals and ordinary prose are not record citations
    [Theory]
    [InlineData("See Lampley v. State, Fla. App. 1968, 214 So. 2d 515.")]
    [InlineData("See Pearsall v. Woolls, 50 S.W. 959 (Tex.Civ.App.1899, no writ).")]
    [InlineData("State v. Dixon, 12 Ariz. App. 3 (App. 1999), is not to the contrary.")]
    [InlineData("The Official Text, App. 2, gives the reasons for the change.")]
    [InlineData("The lawyer violated Prof.Cond. R. 5.5 by practicing while suspended.")]
    [InlineData("The appeal was placed on the accelerated calendar under Loc. R. 12.")]
    [InlineData("See 114 Cong. Rec. 14388 (1968).")]
    [InlineData("The deed attached as Exhibit A hereto is part of the decree.")]
    [InlineData("Exhibit A is a letter from the landlord.")]
    [InlineData("When the Commissioner wrote the letter, Exhibit J, enclosing the consent, he erred.")]
    [InlineData("The State moved for the admission of State's Exhibit 1, and counsel objected.")]
    [InlineData("Fees are set out in Exhibit 2.03 to the purchase agreement.")]
    [InlineData("See TEX. R. APP. P. 47.4.")]
    [InlineData("See T EX. R. A PP. P. 47.4.")]
    [InlineData("Tab 5 of the binder holds the deed.")]
    [InlineData("Press the Tab 2 times to move on.")]
    [InlineData("The Resp. 12 form was never filed.")]
    [InlineData("Smith's Br. was twelve pages long.")]
    [InlineData("The Defendant's Motion 2 was denied.")]
    [InlineData("The court will reply at 2 p.m. tomorrow.")]
    [InlineData("In reply, at 3, the State argued otherwise.")]
    [InlineData("The Reply was filed late.")]
    public void Finds_no_record(string input)
        => Assert.Empty(LawCite.OfKind(input, CitationKind.Record));

    // text, short form, occurrence, expected authority label prefix ("—" = unresolved)
    public static TheoryData<string, string, int, string> Resolutions() => new()
    {
        // Id. after a record citation means the record, never the older case
        { "Graham v. Connor, 490 U.S. 386, 396 (1989). The government agreed. United States Resp. at 137. It added more. Id. at 138.", "Id. at 138", 0, "Resp." },
        { "Terry v. Ohio, 392 U.S. 1, 27 (1968). The agency rescinded the notice. IAF, Tab 7 at 15-18. He stayed on leave. Id. at 19.", "Id. at 19", 0, "Tab" },
        { "Terry v. Ohio, 392 U.S. 1, 27 (1968). The names were inserted. Petition, Docket Entry 1; Application, Exhibit A. He signed. Id.", "Id.", 0, "Ex." },
        { "Terry v. Ohio, 392 U.S. 1, 27 (1968). The plan was optimal. App. 189. The refinery was one unit. Id. at 190.", "Id. at 190", 0, "App." },
        { "Terry v. Ohio, 392 U.S. 1, 27 (1968). The Board noted the rule. Suppl. R. at 8A. Id.", "Id.", 0, "Supp. R." },
        { "Terry v. Ohio, 392 U.S. 1, 27 (1968). The Board erred. Def.'s Br. at 12. Id. at 13.", "Id. at 13", 0, "Br." },
        { "The charges were dropped. (Plaintiff's Response, Ex. 14). The reports are true. (Defendant's Motion, at 4). There was no malice. (Id. at 11).", "Id. at 11", 0, "Mot." },
        // an Id. with a section pin cannot point into a paper of the record
        { "Terry v. Ohio, 392 U.S. 1, 27 (1968). The government explained it. United States Resp. at 44. Id. § III.C.3.", "Id.", 0, "—" },
        // a court and year in brackets is not an appendix page: the Id. still means the case
        { "State v. Dixon, 12 Ariz. App. 3 (App. 1999). The stop was lawful. Id. at 4.", "Id. at 4", 0, "State v. Dixon" },
        // blank pins of slip opinions
        { "Petrella v. Metro-Goldwyn-Mayer, Inc., 572 U. S. 663 (2014). Laches is no bar. Petrella, 572 U. S., at ___–___ (slip op., at 11).", "572 U. S., at ___–___", 0, "Petrella" },
        { "Petrella v. Metro-Goldwyn-Mayer, Inc., 572 U. S. 663 (2014). Later, 695 F. 3d 946 (CA9 2012). Petrella, 572 U. S., at ___. Courts may not jettison the rule. Id., at ___ (slip op., at 1).", "Id., at ___", 0, "Petrella" },
    };

    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Id_after_a_record_citation_means_the_record(string text, string citationText, int occurrence, string expected)
    {
        var doc = CitationResolver.Default.Resolve(text);
        var matching = doc.Citations.Where(c => c.Text == citationText).ToList();
        Assert.True(matching.Count > occurrence, $"«{citationText}» not found; found: {string.Join(" | ", doc.Citations.Select(c => c.Kind + ":" + c.Text))}");
        var cite = matching[occurrence];
        var authority = doc.AuthorityOf(cite);
        if (expected == "—")
        {
            Assert.Null(authority);
            Assert.False(string.IsNullOrEmpty(doc.UnresolvedReason(cite)));
        }
        else
        {
            Assert.NotNull(authority);
            Assert.StartsWith(expected, authority!.Label);
        }
    }

    [Fact]
    public void Each_exhibit_is_an_authority_of_its_own()
    {
        var doc = CitationResolver.Default.Resolve("The deed is in the record. Application, Exhibit A. The note is too. Application, Exhibit B.");
        var exhibits = doc.Citations.Where(c => c.Kind == CitationKind.Record).ToList();
        Assert.Equal(2, exhibits.Count);
        Assert.NotEqual(doc.AuthorityOf(exhibits[0])!.Label + exhibits[0].Section, doc.AuthorityOf(exhibits[1])!.Label + exhibits[1].Section);
    }

    [Fact]
    public void Adversarial_record_form_inputs_return()
    {
        CitationExtractor.Default.Extract(LawCite.Repeat("IAF, Tab ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Exhibit A-", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("United States Resp. at ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("(App. ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Id., at ___", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("572 U. S., at ___–", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("_", 500_000));
        CitationResolver.Default.Resolve(LawCite.Repeat("Pl. Opp. 4. Id. ", 50_000));
    }
}
