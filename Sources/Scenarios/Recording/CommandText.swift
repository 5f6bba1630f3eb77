import CloudSim

/// A command written in the timeline's syntax, as one YAML flow mapping's keys:
/// `fault: {kind: "ec2:terminate-instance", target: "web"}`.
///
/// The scenario decoder reads it back (`ScenarioDecoder.decodeTimelineAction`), so recordings and
/// timelines share one command syntax. Strings are always double-quoted and numbers written
/// in their shortest exact form, so every command reads back equal.
enum CommandText {
    /// The action key and its value, e.g. `adjustDesiredCapacity: {group: "web", delta: 1}`.
    static func action(_ command: Command) -> String {
        switch command {
        case .injectFault(let f):
            var fields = ["kind: \(quoted(f.kind.rawValue))", "target: \(quoted(f.target))"]
            if let d = f.durationSeconds { fields.append("duration: \(number(d))") }
            if let m = f.magnitude { fields.append("magnitude: \(number(m))") }
            return "fault: {\(fields.joined(separator: ", "))}"
        case .healAll:
            return "healAll: true"
        case .heal(let kind, let target):
            return "heal: {kind: \(quoted(kind.rawValue)), target: \(quoted(target))}"
        case .setDesiredCapacity(let group, let desired):
            return "setDesiredCapacity: {group: \(quoted(group)), desired: \(desired)}"
        case .adjustDesiredCapacity(let group, let delta):
            return "adjustDesiredCapacity: {group: \(quoted(group)), delta: \(delta)}"
        case .setInstanceType(let target, let type):
            return "setInstanceType: {target: \(quoted(target)), instanceType: \(quoted(type))}"
        case .setForwardWeights(let balancer, let rule, let weights):
            let rulePart = rule.map { ", rule: \($0)" } ?? ""
            let list = weights.map { "\(quoted($0.targetGroup)): \($0.weight)" }.joined(separator: ", ")
            return "setForwardWeights: {loadBalancer: \(quoted(balancer))\(rulePart), weights: {\(list)}}"
        case .setRecordWeight(let id, let weight):
            return "setRecordWeight: {setIdentifier: \(quoted(id)), weight: \(weight)}"
        case .setHealthCheckFailing(let id, let failing):
            return "\(failing ? "failHealthCheck" : "passHealthCheck"): {check: \(quoted(id))}"
        case .setTrafficMultiplier(let source, let factor):
            return "trafficMultiplier: {source: \(quoted(source)), factor: \(number(factor))}"
        case .caption(let text, let seconds):
            return "caption: \(quoted(text)), seconds: \(number(seconds))"
        case .deploy(let spec):
            return "deploy: {\(deployFields(spec).joined(separator: ", "))}"
        }
    }

    /// The keys of a `deploy` action: target, version, then what differs from the defaults.
    private static func deployFields(_ spec: DeploySpec) -> [String] {
        var fields = ["target: \(quoted(spec.target))", "version: \(quoted(spec.version))"]
        if let policy = spec.policy {
            fields.append("policy: \(quoted(policy.name))")
            if case .trafficSplitting(let percent, let seconds) = policy {
                fields.append("newVersionPercent: \(percent)")
                fields.append("evaluationTime: \(number(seconds))")
            }
        }
        switch spec.batchSize {
        case .percentage(let p)?: fields.append("batchSize: \(quoted("\(p)%"))")
        case .fixed(let n)?: fields.append("batchSize: \(n)")
        case nil: break
        }
        if spec.failsHealthChecks { fields.append("failsHealthChecks: true") }
        return fields
    }

    /// A number that reads back as exactly the same `Double`: `300`, `0.1`, `1e-05`.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A YAML double-quoted string; quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
