namespace MailTriage.Routing;

/// <summary>Anchors the assembly for reflection-based discovery in tests.</summary>
public static class RoutingAssemblyMarker;
