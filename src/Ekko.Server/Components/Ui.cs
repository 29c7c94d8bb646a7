namespace Ekko.Server.Components;

/// <summary>The marker type of the web app's texts: Ui.resx (English) and Ui.sv.resx (Swedish).</summary>
public sealed class Ui;
