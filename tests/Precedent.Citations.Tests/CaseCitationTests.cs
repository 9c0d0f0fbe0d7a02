using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// Full case citations, short forms and Id. in single sentences, as tables: each row is a sentence and the parts a
/// careful reader takes from it. A row names the citation it is about by its core text (volume through page, or
/// volume through pin for a short cite); whitespace in that text is compared loosely only where a row says so.
/// </summary>
public class CaseCitationTests
{
    private const string NoBreak = "\u00A0";

    // ------------------------------------------------------------------ full citations: name, pin, year

    public static TheoryData<string, string, string, string?, string?, int?> FullCitations() => new()
    {
        // sentence, kind, core text, case name, pin, year
        // pin forms
        { "The officer could not have known that. Anderson v. Creighton, 483 U.S. 635, 638 (1987).", "case", "483 U.S. 635", "Anderson v. Creighton", "638", 1987 },
        { "We review that ruling de novo. Nelson v. McMullen, 207 F.3d 1202, 1205-06 (10th Cir. 2000).", "case", "207 F.3d 1202", "Nelson v. McMullen", "1205-06", 2000 },
        { "The Court left the question open. Crawford-El v. Britton, 523 U.S. 574, 593 n.14 (1998).", "case", "523 U.S. 574", "Crawford-El v. Britton", "593 n.14", 1998 },
        { "The panel said so in an unpublished order. Currier v. Doran, 2001 WL 202045, at *7 (10th Cir. Mar. 1, 2001).", "neutral", "2001 WL 202045", "Currier v. Doran", "*7", 2001 },
        { "The supreme court agreed. People v. Alvarez, 2019 IL 123456, ¶ 12.", "neutral", "2019 IL 123456", "People v. Alvarez", "¶ 12", 2019 },
        { "The appeal was dismissed. State v. Harlan, 2000-Ohio-123.", "neutral", "2000-Ohio-123", "State v. Harlan", null, 2000 },
        { "The statute did not apply. State v. Ortiz, 2011-NMSC-025, ¶ 9.", "neutral", "2011-NMSC-025", "State v. Ortiz", "¶ 9", 2011 },
        // case names
        { "The trustee moved too late. In re Halvorsen, 607 F.3d 1226, 1229 (9th Cir. 2010).", "case", "607 F.3d 1226", "In re Halvorsen", "1229", 2010 },
        { "A state officer may be enjoined. Ex parte Young, 209 U.S. 123, 159 (1908).", "case", "209 U.S. 123", "Ex parte Young", "159", 1908 },
        { "The writ issued. State ex rel. Miller v. Clark, 141 P.3d 1267, 1270 (Okla. 2006).", "case", "141 P.3d 1267", "State ex rel. Miller v. Clark", "1270", 2006 },
        { "The claimant lacked standing. United States v. $1,000 in U.S. Currency, 12 F.4th 345, 347 (6th Cir. 2021).", "case", "12 F.4th 345", "United States v. $1,000 in U.S. Currency", "347", 2021 },
        { "The contract was void. Smith v. Jones, Inc., 45 F.3d 678, 680 (2d Cir. 1995).", "case", "45 F.3d 678", "Smith v. Jones, Inc.", "680", 1995 },
        { "The expert's opinion was conclusory. Merit Motors, Inc. v. Chrysler Corp., 569 F.2d 666, 673 (D.C. Cir. 1977).", "case", "569 F.2d 666", "Merit Motors, Inc. v. Chrysler Corp.", "673", 1977 },
        { "The class was never certified. Alvarez et al. v. Board of Regents, 88 F.3d 321, 325 (5th Cir. 1996).", "case", "88 F.3d 321", "Alvarez et al. v. Board of Regents", "325", 1996 },
        { "As we explained in Tanner v. Ruiz, 300 F.3d 100, 104 (1st Cir. 2002), the rule is settled.", "case", "300 F.3d 100", "Tanner v. Ruiz", "104", 2002 },
        { "Officers need not use the least intrusive means. Illinois v. Lafayette, 462 U.S. 640, 647-48 (1983).", "case", "462 U.S. 640", "Illinois v. Lafayette", "647-48", 1983 },
        { "Deadly force has limits. See Tennessee v. Garner, 471 U.S. 1, 8-9 (1985).", "case", "471 U.S. 1", "Tennessee v. Garner", "8-9", 1985 },
        { "Our cases are consistent. Malik v. Arapahoe County Dep’t of Soc. Servs., 191 F.3d 1306, 1315 (10th Cir. 1999).", "case", "191 F.3d 1306", "Malik v. Arapahoe County Dep’t of Soc. Servs.", "1315", 1999 },
        // state styles
        { "The rule applies here. People v. Smith (2009) 173 Cal.App.4th 655, 661 [92 Cal.Rptr.3d 784].", "case", "173 Cal.App.4th 655", "People v. Smith", "661", 2009 },
        { "The statement was admissible (see People v Vasquez, 63 NY2d 582, 585 [1984]).", "case", "63 NY2d 582", "People v Vasquez", "585", 1984 },
        // a blank page
        { "Force may end a dangerous chase. Plumhoff v. Rickard, 572 U.S. ___, 134 S. Ct. 2012, 2020 (2014).", "case", "572 U.S. ___", "Plumhoff v. Rickard", null, 2014 },
        // journals
        { "The first article set the tone. Henry J. Friendly, Some Kind of Hearing, 123 U. Pa. L. Rev. 1267, 1279 (1975).", "journal", "123 U. Pa. L. Rev. 1267", null, "1279", 1975 },
        { "The first volume opened with it. 1 Minn. L. Rev. 1 (1917).", "journal", "1 Minn. L. Rev. 1", null, null, 1917 },
        { "See Richard H. Fallon, Jr., Asking the Right Questions About Officer Immunity, 80 Fordham L. Rev. 479, 481 (2011).", "journal", "80 Fordham L. Rev. 479", null, "481", 2011 },
    };

    [Theory]
    [MemberData(nameof(FullCitations))]
    public void FullCitationParts(string sentence, string kind, string text, string? caseName, string? pin, int? year)
    {
        var c = Single(sentence, text);
        Assert.Equal(kind, c.Kind.ToContractName());
        Assert.Equal((pin, year), (c.PinCite, c.Year));
        if (caseName is not null) // journals: the author and title are not checked here
            Assert.Equal(caseName, c.CaseName);
    }

    // ------------------------------------------------------------------ court and date parentheticals

    public static TheoryData<string, string, int, string, string?, string?> CourtsAndDates() => new()
    {
        // sentence, core text, year, court id, court text, full date
        { "The motion was denied. Smith v. Jones, 123 F. Supp. 3d 456, 460 (C.D. Cal. Feb. 9, 2015).", "123 F. Supp. 3d 456", 2015, "cacd", "C.D. Cal.", "Feb. 9, 2015" },
        { "The plaintiff bears the burden. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).", "51 F.3d 1531", 1995, "ca10", "10th Cir.", null },
        { "The Ninth Circuit disagreed. Katz v. United States, 194 F.3d 962, 970 n.5 (9th Cir. 1999).", "194 F.3d 962", 1999, "ca9", "9th Cir.", null },
        { "The D.C. Circuit agreed. Merit Motors, Inc. v. Chrysler Corp., 569 F.2d 666, 673 (D.C. Cir. 1977).", "569 F.2d 666", 1977, "cadc", "D.C. Cir.", null },
        { "So did the Eleventh. Evers v. General Motors Corp., 770 F.2d 984, 986 (11th Cir. 1985).", "770 F.2d 984", 1985, "ca11", "11th Cir.", null },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989).", "490 U.S. 386", 1989, "scotus", null, null },
        { "The order was unpublished. Currier v. Doran, 2001 WL 202045 (10th Cir. Mar. 1, 2001).", "2001 WL 202045", 2001, "ca10", "10th Cir.", "Mar. 1, 2001" },
        { "The district court agreed. Doe v. Roe, 2015 WL 123456, at *2 (S.D.N.Y. Jan. 5, 2015).", "2015 WL 123456", 2015, "nysd", "S.D.N.Y.", "Jan. 5, 2015" },
        { "The confession was suppressed. State v. Smith, 100 S.W.3d 200, 205 (Tex. Crim. App. 2003).", "100 S.W.3d 200", 2003, "texcrimapp", "Tex. Crim. App.", null },
        { "The stop was lawful. Ruiz v. City of Mesa, 100 P.3d 1, 4 (Ariz. Ct. App. 2004).", "100 P.3d 1", 2004, "arizctapp", "Ariz. Ct. App.", null },
    };

    [Theory]
    [MemberData(nameof(CourtsAndDates))]
    public void CourtAndDateParenthetical(string sentence, string text, int year, string court, string? courtText, string? date)
    {
        var c = Single(sentence, text);
        Assert.Equal((year, court, courtText, date), (c.Year ?? 0, c.Court, c.CourtText, c.DateText));
    }

    // ------------------------------------------------------------------ signals

    public static TheoryData<string, string, string, string> Signals() => new()
    {
        // sentence, core text, signal, case name (without the signal)
        { "See Graham v. Connor, 490 U.S. 386, 396 (1989).", "490 U.S. 386", "see", "Graham v. Connor" },
        { "The test is objective; see also Tennessee v. Garner, 471 U.S. 1, 8 (1985).", "471 U.S. 1", "see also", "Tennessee v. Garner" },
        { "Cf. Malley v. Briggs, 475 U.S. 335, 341 (1986).", "475 U.S. 335", "cf.", "Malley v. Briggs" },
        { "But see Katz v. United States, 194 F.3d 962, 970 (9th Cir. 1999).", "194 F.3d 962", "but see", "Katz v. United States" },
        { "Accord Hayes v. Douglas Dynamics, Inc., 8 F.3d 88, 92 (1st Cir. 1993).", "8 F.3d 88", "accord", "Hayes v. Douglas Dynamics, Inc." },
        { "E.g., Quezada v. County of Bernalillo, 944 F.2d 710, 718 (10th Cir. 1991).", "944 F.2d 710", "e.g.", "Quezada v. County of Bernalillo" },
        { "See, e.g., Breidenbach v. Bolish, 126 F.3d 1288 (10th Cir. 1997).", "126 F.3d 1288", "see, e.g.", "Breidenbach v. Bolish" },
        { "See generally Davis v. Scherer, 468 U.S. 183 (1984).", "468 U.S. 183", "see generally", "Davis v. Scherer" },
        { "Compare Siegert v. Gilley, 500 U.S. 226, 232 (1991), with Hunter v. Bryant, 502 U.S. 224, 227 (1991).", "500 U.S. 226", "compare", "Siegert v. Gilley" },
        { "But cf. Foote v. Spiegel, 118 F.3d 1416, 1422 (10th Cir. 1997).", "118 F.3d 1416", "but cf.", "Foote v. Spiegel" },
        { "Contra Evers v. General Motors Corp., 770 F.2d 984, 986 (11th Cir. 1985).", "770 F.2d 984", "contra", "Evers v. General Motors Corp." },
    };

    [Theory]
    [MemberData(nameof(Signals))]
    public void SignalIsReadAndKeptOutOfTheCaseName(string sentence, string text, string signal, string caseName)
    {
        var c = Single(sentence, text);
        Assert.Equal((signal, caseName), (c.Signal, c.CaseName));
    }

    // ------------------------------------------------------------------ subsequent history

    public static TheoryData<string, string, string, string, int, string?> History() => new()
    {
        // sentence, core text of the cited case, relation, core text of the history citation, year of the cited case,
        // name written before the history citation ("sub nom.", "overruled by"), or null when none is written
        { "Katz v. United States, 194 F.3d 962, 970 (9th Cir. 1999), cert. granted sub nom. Saucier v. Katz, 121 S. Ct. 480 (2000).", "194 F.3d 962", "cert. granted sub nom.", "121 S. Ct. 480", 1999, "Saucier v. Katz" },
        { "Katz v. United States, 194 F.3d 962 (9th Cir. 1999), rev'd sub nom. Saucier v. Katz, 533 U.S. 194 (2001).", "194 F.3d 962", "rev'd sub nom.", "533 U.S. 194", 1999, "Saucier v. Katz" },
        { "Doe v. Roe, 100 F.3d 200, 204 (3d Cir. 1996), cert. denied, 520 U.S. 1100 (1997).", "100 F.3d 200", "cert. denied", "520 U.S. 1100", 1996, null },
        { "Doe v. Roe, 900 F. Supp. 100, 102 (D. Mass. 1995), aff'd, 100 F.3d 200 (1st Cir. 1996).", "900 F. Supp. 100", "aff'd", "100 F.3d 200", 1995, null },
        { "Brown v. Board, 100 F.3d 200 (3d Cir. 1996), overruled by Green v. White, 300 F.3d 400 (3d Cir. 2002).", "100 F.3d 200", "overruled by", "300 F.3d 400", 1996, "Green v. White" },
        { "McNair v. Coffey, 234 F.3d 352 (7th Cir. 2000), petition for cert. filed, 69 U.S.L.W. 3631 (U.S. Mar. 8, 2001) (No. 00-1456).", "234 F.3d 352", "petition for cert. filed", "69 U.S.L.W. 3631", 2000, null },
    };

    [Theory]
    [MemberData(nameof(History))]
    public void SubsequentHistoryIsLinkedNotParallel(string sentence, string text, string relation, string historyText, int year, string? historyName)
    {
        var c = Single(sentence, text);
        var later = Single(sentence, historyText);
        var entry = Assert.Single(c.History);
        Assert.Equal(relation, entry.Relation);
        Assert.Equal(later.Index, entry.Citation);
        Assert.Null(later.ParallelOf);
        Assert.Equal(year, c.Year);
        if (historyName is not null)
            Assert.Equal(historyName, later.CaseName);
    }

    // ------------------------------------------------------------------ parallel citations

    public static TheoryData<string, string[]> Parallels() => new()
    {
        { "Anderson v. Creighton, 483 U.S. 635, 639, 107 S. Ct. 3034, 97 L. Ed. 2d 523 (1987).", ["483 U.S. 635", "107 S. Ct. 3034", "97 L. Ed. 2d 523"] },
        { "Plumhoff v. Rickard, 572 U.S. ___, 134 S. Ct. 2012, 2020 (2014).", ["572 U.S. ___", "134 S. Ct. 2012"] },
        { "The rule applies here. People v. Smith (2009) 173 Cal.App.4th 655, 661 [92 Cal.Rptr.3d 784].", ["173 Cal.App.4th 655", "92 Cal.Rptr.3d 784"] },
        { "Commonwealth v. Doe, 435 Mass. 147, 150, 755 N.E.2d 746 (2001).", ["435 Mass. 147", "755 N.E.2d 746"] },
    };

    [Theory]
    [MemberData(nameof(Parallels))]
    public void ParallelCitationsFormOneGroup(string sentence, string[] texts)
    {
        var cites = CitationExtractor.Default.Extract(sentence).Where(c => c.Kind is CitationKind.Case).ToList();
        Assert.Equal(texts, cites.Select(c => c.Text));
        Assert.Null(cites[0].ParallelOf);
        foreach (var p in cites.Skip(1))
        {
            Assert.Equal(cites[0].Index, p.ParallelOf);
            Assert.Equal(cites[0].Year, p.Year);
            Assert.Equal(cites[0].CaseName, p.CaseName);
        }
    }

    // ------------------------------------------------------------------ how the text is written

    public static TheoryData<string, string, string, string, string> Spellings() => new()
    {
        // sentence, core text exactly as in the input, volume, normalized reporter, page
        { "Anderson v. Creighton, 483 U. S.\n635, 639 (1987).", "483 U. S.\n635", "483", "U.S.", "635" },
        { "Anderson v. Creighton, 483\nU.S. 635, 639 (1987).", "483\nU.S. 635", "483", "U.S.", "635" },
        { "Graham v. Connor, 490" + NoBreak + "U.S." + NoBreak + "386, 396 (1989).", "490" + NoBreak + "U.S." + NoBreak + "386", "490", "U.S.", "386" },
        { "Hayes v. Douglas Dynamics, Inc., 8" + NoBreak + "F.3d 88, 92 (1st Cir. 1993).", "8" + NoBreak + "F.3d 88", "8", "F.3d", "88" },
        { "Anderson v. Creighton, 107 S.Ct. 3034 (1987).", "107 S.Ct. 3034", "107", "S. Ct.", "3034" },
        { "Albright v. Rodriguez, 51 F. 3d 1531 (10th Cir. 1995).", "51 F. 3d 1531", "51", "F.3d", "1531" },
        { "Plumhoff v. Rickard, 572 U.S. ___ (2014).", "572 U.S. ___", "572", "U.S.", "___" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void CoreTextIsExactAndReporterIsNormalized(string sentence, string text, string volume, string reporter, string page)
    {
        var c = CitationExtractor.Default.Extract(sentence).FirstOrDefault(x => x.Text == text);
        Assert.True(c is not null, $"no citation with text «{text}»: {Dump(CitationExtractor.Default.Extract(sentence))}");
        Assert.Equal((volume, reporter, page), (c!.Volume, c.ReporterNormalized, c.Page));
        Assert.Equal(sentence.Substring(c.Start, c.End - c.Start), c.Text);
    }

    [Fact]
    public void EnDashPinRangeIsReadWhole()
    {
        var c = Single("We review de novo. Nelson v. McMullen, 207 F.3d 1202, 1205\u201306 (10th Cir. 2000).", "207 F.3d 1202");
        Assert.Equal("1205-06", c.PinCite?.Replace('\u2013', '-'));
        Assert.Equal(2000, c.Year);
    }

    [Fact]
    public void StarPagingIsNotAVolume()
    {
        var cites = CitationExtractor.Default.Extract("The rule is old. Commonwealth v. Pike, 135 *355 Mass. 147 (1883).");
        Assert.DoesNotContain(cites, c => c.Volume == "355" || c.Text.StartsWith("355", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ short cites

    public static TheoryData<string, string, string?, string> ShortCites() => new()
    {
        // sentence, core text, name used, pin
        { "As the Court put it, 531 U.S., at 99, the count must be uniform.", "531 U.S., at 99", null, "99" },
        { "The burden is heavy. Albright, 51 F.3d at 1534.", "51 F.3d at 1534", "Albright", "1534" },
        { "See Wilson I, 52 F.3d at 1553.", "52 F.3d at 1553", "Wilson I", "1553" },
        { "The right must be clear. Wilson v. Layne, 526 U.S. at 615.", "526 U.S. at 615", "Wilson v. Layne", "615" },
        { "Negligence is not enough. Sevier, 60 F.3d at 699 n.7.", "60 F.3d at 699 n.7", "Sevier", "699 n.7" },
        { "See Romero, 60 F.3d at 704-05.", "60 F.3d at 704-05", "Romero", "704-05" },
        { "The Court so held. 523 U.S. at 590.", "523 U.S. at 590", null, "590" },
    };

    [Theory]
    [MemberData(nameof(ShortCites))]
    public void ShortCiteParts(string sentence, string text, string? name, string pin)
    {
        var c = Single(sentence, text);
        Assert.Equal(CitationKind.ShortCase, c.Kind);
        Assert.Equal((name, pin), (c.ShortName ?? c.CaseName, c.PinCite));
        Assert.Null(c.Page);
    }

    // ------------------------------------------------------------------ Id.

    public static TheoryData<string, string, string?> IdForms() => new()
    {
        // sentence, core text, pin
        { "The court agreed. Id.", "Id.", null },
        { "The rule is old, id. at 135, and it is settled.", "id. at 135", "135" },
        { "The Court left it open. Id. at 593 n.14.", "Id. at 593 n.14", "593 n.14" },
        { "The trial court erred. Id. ¶ 4.", "Id. ¶ 4", "¶ 4" },
        { "The officers entered the street (Ibid.).", "Ibid.", null },
        { "The order said so. Id. at *3.", "Id. at *3", "*3" },
        { "The standard is the same. Id. at 1205-06.", "Id. at 1205-06", "1205-06" },
        { "The Court rejected that approach. See id. at 643-44.", "id. at 643-44", "643-44" },
    };

    [Theory]
    [MemberData(nameof(IdForms))]
    public void IdForm(string sentence, string text, string? pin)
    {
        var c = Single(sentence, text);
        Assert.Equal(CitationKind.Id, c.Kind);
        Assert.Equal(pin, c.PinCite);
    }

    // ------------------------------------------------------------------ no citation at all

    public static TheoryData<string> NotCitations() => new()
    {
        "In 1999 Congress passed 42 amendments to the code.",
        "The 5 U.S. citizens aboard were released.",
        "He paid $1,000 in cash for the car.",
        "The hearing ran from 9 to 11 on March 3, 2001.",
        "Chapter 11 of the novel runs 300 pages.",
        "The home team won 21 to 14 in 1987.",
        "Officer Cram fired 3 rounds from 8 to 10 feet away.",
    };

    [Theory]
    [MemberData(nameof(NotCitations))]
    public void SentenceWithoutCitation(string sentence)
    {
        var cites = CitationExtractor.Default.Extract(sentence);
        Assert.True(cites.Count == 0, Dump(cites));
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>The one citation whose core text is <paramref name="text"/> (whitespace compared loosely).</summary>
    private static Citation Single(string sentence, string text)
    {
        var cites = CitationExtractor.Default.Extract(sentence);
        var matching = cites.Where(c => Squash(c.Text) == Squash(text)).ToList();
        Assert.True(matching.Count == 1, $"expected one citation «{text}», found {matching.Count}: {Dump(cites)}");
        return matching[0];
    }

    private static string Dump(IEnumerable<Citation> cites)
        => "[" + string.Join(" | ", cites.Select(c => $"{c.Kind.ToContractName()} «{c.Text}»")) + "]";

    private static string Squash(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));
}
