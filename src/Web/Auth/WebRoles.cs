namespace Vacances.Web.Auth;

/// <summary>
/// The roles of DESIGN §9: <c>admin</c>, <c>staff</c>, <c>funder:&lt;code&gt;</c> (one funder's scope) and
/// <c>researcher</c>. A role string is validated once, when a user is created.
/// </summary>
public static class WebRoles
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string Researcher = "researcher";
    public const string FunderPrefix = "funder:";

    /// <summary>True for the four role shapes; a funder role needs a non-empty funder code.</summary>
    public static bool IsValid(string role) =>
        role is Admin or Staff or Researcher ||
        (role.StartsWith(FunderPrefix, StringComparison.Ordinal) && role.Length > FunderPrefix.Length);

    /// <summary>The funder code of a <c>funder:&lt;code&gt;</c> role, else null.</summary>
    public static string? FunderCode(string role) =>
        role.StartsWith(FunderPrefix, StringComparison.Ordinal) ? role[FunderPrefix.Length..] : null;

    /// <summary>Staff and admins see unsuppressed figures (DESIGN §10: suppression is for funders and researchers).</summary>
    public static bool SeesUnsuppressed(string role) => role is Admin or Staff;
}
