using System.Text.Json;

namespace Ekko.Core.Features.Cases;

/// <summary>Enum members as the API writes them (snake_case), for messages that quote them.</summary>
internal static class Names
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
