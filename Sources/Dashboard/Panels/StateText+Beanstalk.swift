import CloudSim

/// Symbols and words for Elastic Beanstalk: health colours and instance states.
extension StateText {
    /// Symbol and level of a basic health colour (the word is the colour's name).
    static func beanstalk(_ c: BeanstalkHealthColor) -> (symbol: String, level: StateLevel) {
        switch c {
        case .green: ("●", .healthy)
        case .yellow: ("▲", .warning)
        case .red: ("×", .critical)
        case .grey: ("○", .pending)
        }
    }

    /// Symbol, word and level of a Beanstalk instance state.
    static func beanstalk(_ s: BeanstalkInstanceState) -> (symbol: String, word: String, level: StateLevel) {
        switch s {
        case .launching: ("□", "launching", .pending)
        case .deploying: ("▣", "deploying", .pending)
        case .checking: ("◌", "checking", .pending)
        case .inService: ("■", "in service", .healthy)
        case .failed: ("×", "failed", .critical)
        case .draining: ("◐", "draining", .warning)
        }
    }
}
