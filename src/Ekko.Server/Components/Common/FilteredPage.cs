using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Ekko.Server.Components.Common;

/// <summary>
/// A workspace page whose view lives in the address (<see cref="ViewFilter"/>). Blazor keeps the page instance
/// when only the query string changes, and does not pass it new parameters then, so the page follows the
/// address itself.
/// </summary>
public abstract class FilteredPage : ComponentBase, IDisposable
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;
    [Inject] protected TimeProvider Clock { get; set; } = null!;

    [Parameter] public string Workspace { get; set; } = "";

    protected ViewFilter Filter { get; private set; } = null!;

    protected DateOnly Today { get; private set; }

    protected override void OnInitialized()
    {
        Navigation.LocationChanged += OnLocationChanged;
        Read();
    }

    protected override void OnParametersSet() => Read();

    private void Read()
    {
        Today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        Filter = ViewFilter.Parse(Navigation.Uri, Today);
        OnAddressRead();
    }

    /// <summary>Reads page-specific query parameters after the shared filter.</summary>
    protected virtual void OnAddressRead()
    {
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        Read();
        _ = InvokeAsync(StateHasChanged);
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
