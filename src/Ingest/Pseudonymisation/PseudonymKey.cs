using System.Security.Cryptography;
using System.Text;

namespace Vacances.Ingest.Pseudonymisation;

/// <summary>
/// Where the pseudonymisation key comes from (DESIGN §10, issue 2 item 5): the environment variable
/// <c>VACANCES_PSEUDO_KEY</c>, else a key file outside the repository (<c>$XDG_CONFIG_HOME/vacances/pseudo.key</c>,
/// by default <c>~/.config/vacances/pseudo.key</c>) created with 32 random bytes on first use, with a French warning:
/// whoever loses it can no longer link new files to pseudonyms already stored.
/// </summary>
public static class PseudonymKey
{
    /// <summary>The environment variable holding the key (its UTF-8 bytes are the HMAC key).</summary>
    public const string EnvironmentVariable = "VACANCES_PSEUDO_KEY";

    /// <summary>The key file used when the environment variable is unset.</summary>
    public static string DefaultKeyFile
    {
        get
        {
            var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            if (string.IsNullOrEmpty(config))
                config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
            return Path.Combine(config, "vacances", "pseudo.key");
        }
    }

    /// <summary>Builds the pseudonymiser from the environment or the key file, writing warnings to <paramref name="warnings"/>.</summary>
    public static Pseudonymiser Resolve(TextWriter warnings) => Resolve(warnings, DefaultKeyFile);

    /// <summary>As <see cref="Resolve(TextWriter)"/> with an explicit key file.</summary>
    public static Pseudonymiser Resolve(TextWriter warnings, string keyFile)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            var bytes = Encoding.UTF8.GetBytes(fromEnvironment);
            if (bytes.Length < 16)
                throw new Errors.InfrastructureException($"{EnvironmentVariable} est trop courte : au moins 16 caractères.");
            return new Pseudonymiser(bytes);
        }
        if (File.Exists(keyFile)) return new Pseudonymiser(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()));
        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        File.WriteAllText(keyFile, Convert.ToBase64String(key) + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        warnings.WriteLine($"Attention : clé de pseudonymisation créée dans {keyFile}. Conservez-la en lieu sûr "
            + $"(ou fixez {EnvironmentVariable}) : sans elle, les pseudonymes des prochains fichiers ne correspondront plus.");
        return new Pseudonymiser(key);
    }
}
