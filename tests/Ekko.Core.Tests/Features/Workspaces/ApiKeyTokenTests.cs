using Ekko.Core.Features.Workspaces;

namespace Ekko.Core.Tests.Features.Workspaces;

public sealed class ApiKeyTokenTests
{
    [Fact]
    public void A_generated_key_parses_back_and_matches_only_its_own_hash()
    {
        var token = ApiKeyToken.Generate();
        var other = ApiKeyToken.Generate();

        Assert.True(ApiKeyToken.TryParse(token.ToString(), out var parsed));
        Assert.Equal(token, parsed);
        Assert.True(parsed.Matches(token.HashSecret()));
        Assert.False(parsed.Matches(other.HashSecret()));
        Assert.NotEqual(token.Prefix, other.Prefix);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ekko_short_secret")]
    [InlineData("bearer_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    [InlineData("ekko_aaaaaaaaaaaa_b")]
    [InlineData("ekko_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_extra")]
    public void Anything_else_is_not_a_key(string? text) => Assert.False(ApiKeyToken.TryParse(text, out _));

    [Theory]
    [InlineData(ApiKeyScope.Admin, ApiKeyScope.Ingest, true)]
    [InlineData(ApiKeyScope.Admin, ApiKeyScope.Read, true)]
    [InlineData(ApiKeyScope.Read, ApiKeyScope.Read, true)]
    [InlineData(ApiKeyScope.Read, ApiKeyScope.Ingest, false)]
    [InlineData(ApiKeyScope.Ingest, ApiKeyScope.Read, false)]
    [InlineData(ApiKeyScope.Ingest, ApiKeyScope.Admin, false)]
    public void Admin_includes_the_other_scopes_and_nothing_else_does(ApiKeyScope granted, ApiKeyScope required, bool allowed) =>
        Assert.Equal(allowed, granted.Allows(required));
}
