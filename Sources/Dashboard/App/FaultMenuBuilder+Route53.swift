import CloudSim

extension FaultMenuBuilder {
    /// Weights for the weighted record selected in the Route 53 panel; nil if none is.
    static func weightMenu(_ model: DashboardModel) -> Menu? {
        guard case .record(let record)? = model.selectedRoute53Row, let current = model.weight(of: record) else {
            return nil
        }
        let choices = DashboardModel.weightChoices.filter { $0 != current }
        let options = zip(Menu.keys, choices).map { key, weight in
            MenuOption(
                key: key, title: "weight \(weight)" + (weight == 0 ? " (no answers)" : ""),
                command: .setRecordWeight(setIdentifier: record.setIdentifier ?? record.label, weight: weight))
        }
        return Menu(title: "Weight of \(record.label) (now \(current))", options: options)
    }
}
