namespace Vacances.Web.Auth;

/// <summary>A dashboard or API user: login and one role (see <see cref="WebRoles"/>).</summary>
public sealed record WebUser(string Login, string Role);
