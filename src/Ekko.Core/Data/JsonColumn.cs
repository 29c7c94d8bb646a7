namespace Ekko.Core.Data;

/// <summary>Marks string properties that hold a JSON object, so providers can give them a native JSON type.</summary>
public static class JsonColumn
{
    public const string Annotation = "Ekko:JsonObject";
}
