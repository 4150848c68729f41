import ChassisPlugins
import EnzymeScorers
import MetaPlugin
import PathwayPlugins
/// The plugins compiled into metadesign: the one list every built-in plugin is registered in.
///
/// A test compares this list with the plugin types under `Sources/Plugins`, so a plugin that
/// exists but is not listed here fails the build's tests.
public enum BuiltinPlugins {
    /// Every built-in plugin, chassis first, in the order `plugins list` shows them.
    public static let all: [any Plugin] = [
        EColiChassis(),
        EColiCoreChassis(),
        YeastChassis(),
        YeastIMM904Chassis(),
        BSubtilisChassis(),
        CGlutamicumChassis(),
        LLactisChassis(),
        LPlantarumChassis(),
        ANigerChassis(),
        PPutidaChassis(),
        BuiltinPathwayLibrary(),
        ProteinCostScorer(),
        DrivingForceScorer(),
        HostFitScorer(),
    ]
}
