namespace HemaCare.Results.Derivations.Identities;

/// <summary>A family of accounting identities, instantiated for every period and scope of the model.</summary>
public interface IIdentityRule
{
    /// <summary>The rule code checks carry, e.g. <c>segments_sum</c>.</summary>
    string Name { get; }

    IEnumerable<Identity> Build(InferenceModel model);
}
