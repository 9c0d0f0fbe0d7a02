namespace Precedent.Citations.Tests.Checking;

/// <summary>PR009 (nothing to refer to), PR010 (Id. after a string cite), PR011 (Id. across opinion parts).</summary>
public class ShortFormTests
{
    public static TheoryData<string, int, string?> NoAntecedent() => new()
    {
        { "The burden is heavy. Albright, 51 F.3d at 1534.", 1, "51 F.3d at 1534 has nothing to refer to: no earlier full citation of 51 F.3d" },
        { "Id. at 5. The motion was denied.", 1, "Id. has nothing to refer to: Id. with no earlier citation" },
        { "As the Court said, Harlow, supra, at 818, settled it.", 1, "Harlow, supra, has nothing to refer to" },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531 (10th Cir. 1995). Albright, 51 F.3d at 1534.", 0, null },
        { "Objective reasonableness governs. Harlow v. Fitzgerald, 457 U.S. 800 (1982). Harlow, supra, at 818.", 0, null },
        // a treatise named before; a note
        { "See 11 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure \u00A7 2810.1 (3d ed.). Wright & Miller, supra, \u00A7 2810.1.", 0, null },
        { "The expert said so. Note 19, supra.", 0, null },
        // the old use of Id. for a case name: "Id., 61 Neb. 317"
        { "The county won twice. Crawford Co. v. Hathaway, 60 Neb. 754, 84 N.W. 271 (1900); Id., 61 Neb. 317, 85 N.W. 303 (1901).", 0, null },
    };

    [Theory]
    [MemberData(nameof(NoAntecedent))]
    public void ShortFormWithNothingToReferTo(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR009", sentence, count, message, null);

    public static TheoryData<string, int, string?> AfterStringCite() => new()
    {
        { "Segregation is unlawful. Brown v. Board of Education, 347 U.S. 483, 495 (1954); Bolling v. Sharpe, 347 U.S. 497, 499 (1954). Id. at 500.", 1, "Id. after a string citation of several authorities is ambiguous" },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989); Tennessee v. Garner, 471 U.S. 1, 8 (1985). Id. at 9.", 1, "Id. after a string citation of several authorities is ambiguous" },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989). Id. at 397.", 0, null },
    };

    [Theory]
    [MemberData(nameof(AfterStringCite))]
    public void IdAfterStringCite(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR010", sentence, count, message, null);

    public static TheoryData<string, int, string?> AcrossParts() => new()
    {
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989).\n\nSEYMOUR, Circuit Judge, dissenting.\n\nId. at 397.", 1, "Id. would reach from the dissent into the majority" },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989).\n\nSEYMOUR, Circuit Judge, dissenting.\n\nThe test is objective. Graham, 490 U.S. at 397.", 0, null },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989). Id. at 397.", 0, null },
    };

    [Theory]
    [MemberData(nameof(AcrossParts))]
    public void IdAcrossOpinionParts(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR011", sentence, count, message, null);
}
