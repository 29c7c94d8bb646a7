using MudBlazor;

namespace Ekko.Server.Components;

/// <summary>Colours chosen for contrast (WCAG AA on white and on the app bar), shared by every page.</summary>
public static class EkkoTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a5f",
            Secondary = "#8a4b00",
            Success = "#1b6e32",
            Error = "#a4001d",
            Warning = "#8a5a00",
            Info = "#005b96",
            AppbarBackground = "#1f3a5f",
            TextSecondary = "#4a4a55",
        },
    };
}
