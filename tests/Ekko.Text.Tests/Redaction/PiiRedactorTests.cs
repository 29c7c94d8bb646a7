using Ekko.Text.Redaction;

namespace Ekko.Text.Tests.Redaction;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("8112189876", true)]   // Luhn-valid personnummer, 18 Dec 1981
    [InlineData("198112189876", true)]
    [InlineData("8112189875", false)]  // wrong check digit
    [InlineData("8113189876", false)]  // month 13
    public void Swedish_personnummer_needs_a_valid_date_and_luhn(string digits, bool valid) =>
        Assert.Equal(valid, NationalIdentityNumbers.IsSwedishPersonnummer(digits));

    [Theory]
    [InlineData("01010750160", true)]  // checks computed by hand with weights 3765..., 54327...
    [InlineData("01010750161", false)]
    [InlineData("32010750160", false)]
    public void Norwegian_fodselsnummer_needs_both_mod11_check_digits(string digits, bool valid) =>
        Assert.Equal(valid, NationalIdentityNumbers.IsNorwegianFodselsnummer(digits));

    [Theory]
    [InlineData("0707614285", true)]
    [InlineData("3102901234", false)]  // 31 February
    [InlineData("2902001234", true)]   // 29 February 2000
    [InlineData("2902011234", false)]
    public void Danish_cpr_needs_a_real_date(string digits, bool valid) =>
        Assert.Equal(valid, NationalIdentityNumbers.IsDanishCpr(digits));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111111111111112", false)]
    public void Luhn_checks_card_numbers(string digits, bool valid) => Assert.Equal(valid, Luhn.IsValid(digits));

    [Fact]
    public void Redacts_each_kind_and_leaves_order_numbers()
    {
        var text = PiiRedactor.Redact(
            "Mejla anna.berg@example.se eller ring 070-123 45 67. Kort 4111 1111 1111 1111, pnr 811218-9876, CPR 070761-4285, order 123456.", "sv");
        Assert.Equal(
            "Mejla [email] eller ring [phone]. Kort [card], pnr [national-id], CPR [national-id], order 123456.", text);
    }

    [Fact]
    public void International_phone_numbers_are_found_whatever_the_language() =>
        Assert.Equal("Ring [phone]", PiiRedactor.Redact("Ring +47 912 34 567", "en"));

    [Theory]
    [InlineData("Mejla anna.berg@example.se eller ring 070-123 45 67. Kort 4111 1111 1111 1111, pnr 811218-9876, order 123456.")]
    [InlineData("a@b.se x@y.dk 070-123 45 67 b@c.no 4111 1111 1111 1111")]
    [InlineData("Inget personligt här, order 123456.")]
    public void Find_gives_the_spans_redact_replaces_in_the_originals_offsets(string text)
    {
        var spans = PiiRedactor.Find(text, "sv");
        var (redacted, _) = PiiRedactor.Apply(text, spans);

        Assert.Equal(PiiRedactor.Redact(text, "sv"), redacted);
        Assert.All(spans, s => Assert.StartsWith("[", s.Placeholder, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_moves_offsets_after_personal_data_and_drops_ranges_that_touch_it()
    {
        const string text = "Ring 070-123 45 67 tack, mycket bra service";
        var (redacted, move) = PiiRedactor.Apply(text, PiiRedactor.Find(text, "sv"));
        var good = text.IndexOf("bra service", StringComparison.Ordinal);

        Assert.Equal("Ring [phone] tack, mycket bra service", redacted);
        Assert.Equal("bra service", redacted.Substring(move(good, 11)!.Value.Start, 11));
        Assert.Equal((0, 4), move(0, 4));
        Assert.Null(move(3, 4));
    }
}
