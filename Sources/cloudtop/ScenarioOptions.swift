import ArgumentParser
import CloudSim
import Scenarios

/// Loads a scenario by built-in name or file path, turning diagnostics into a usage error.
func loadArchitecture(_ nameOrPath: String?) throws -> Architecture {
    do {
        return try ScenarioSource.resolve(nameOrPath)
    } catch {
        throw CLIError.usage(error.description)
    }
}

/// As `loadArchitecture`, with the YAML text it was read from.
func loadScenarioWithText(_ nameOrPath: String?) throws -> (Architecture, String) {
    do {
        return try ScenarioSource.resolveWithText(nameOrPath)
    } catch {
        throw CLIError.usage(error.description)
    }
}

/// Reads a recording, turning its diagnostics into a usage error.
func loadRecording(_ path: String) throws -> LoadedRecording {
    do {
        return try RecordingLoader.load(path: path)
    } catch {
        throw CLIError.usage(error.description)
    }
}

/// Parses a seed given on the command line.
func parseSeed(_ text: String?) throws -> UInt64? {
    guard let text else { return nil }
    guard let seed = UInt64(text) else {
        throw CLIError.usage("--seed must be a whole number from 0 to \(UInt64.max), got '\(text)'")
    }
    return seed
}

/// Parses a duration option such as `2h` or `90s`.
func parseDuration(_ text: String, option: String) throws -> Double {
    guard let seconds = DurationText.seconds(text), seconds > 0 else {
        throw CLIError.usage("\(option) must be a positive duration such as 90s, 5m, 2h or 1d, got '\(text)'")
    }
    return seconds
}
