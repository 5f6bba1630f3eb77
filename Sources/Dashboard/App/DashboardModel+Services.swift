import CloudSim

/// One selectable row of the Serverless panel: a Lambda function or an API Gateway stage.
public enum ServerlessRow: Sendable, Equatable {
    /// A function.
    case function(LambdaFunctionSnapshot)
    /// A stage.
    case stage(ApiGatewayStageSnapshot)
}

/// One selectable row of the Containers panel: an ECS service or an EKS cluster.
public enum ContainerRow: Sendable, Equatable {
    /// An ECS service.
    case service(ECSServiceSnapshot)
    /// An EKS cluster with its deployments.
    case cluster(EKSClusterSnapshot)
}

/// Something `D` can roll a new version out to.
public enum DeployTarget: Sendable, Equatable {
    /// An ECS service: a rolling deploy of the next task definition revision.
    case service(ECSServiceSnapshot)
    /// A Beanstalk environment: a deploy with a policy picked from the menu.
    case environment(BeanstalkEnvironmentSnapshot)

    /// The service's or environment's name.
    public var name: String {
        switch self {
        case .service(let s): s.name
        case .environment(let e): e.name
        }
    }
}

extension DashboardModel {
    /// The row of `items` a panel has selected (clamped), or nil when there are none.
    private func pick<T>(_ items: [T], _ panel: PanelID) -> T? {
        items.isEmpty ? nil : items[min(selected(panel), items.count - 1)]
    }

    /// The queue selected in the Queues panel.
    public var selectedQueue: SQSQueueSnapshot? { pick(snapshot.queues, .queues) }

    /// The topic selected in the Topics panel.
    public var selectedTopic: SNSTopicSnapshot? { pick(snapshot.topics, .topics) }

    /// Functions, then stages: the order the Serverless panel lists and selects them in.
    public var serverlessRows: [ServerlessRow] {
        snapshot.functions.map(ServerlessRow.function) + snapshot.apiStages.map(ServerlessRow.stage)
    }

    /// The function or stage selected in the Serverless panel.
    public var selectedServerlessRow: ServerlessRow? { pick(serverlessRows, .serverless) }

    /// ECS services, then EKS clusters: the order the Containers panel lists and selects them in.
    public var containerRows: [ContainerRow] {
        snapshot.ecsServices.map(ContainerRow.service) + snapshot.eksClusters.map(ContainerRow.cluster)
    }

    /// The service or cluster selected in the Containers panel.
    public var selectedContainerRow: ContainerRow? { pick(containerRows, .containers) }

    /// The environment selected in the Beanstalk panel.
    public var selectedEnvironment: BeanstalkEnvironmentSnapshot? { pick(snapshot.beanstalk, .beanstalk) }

    /// What `D` deploys to: the ECS service or environment selected in the focused panel, else
    /// the scenario's only one; nil otherwise (an EKS cluster has no deploy here).
    public var deployTarget: DeployTarget? {
        switch focus {
        case .containers:
            if case .service(let s)? = selectedContainerRow { return .service(s) }
            return nil
        case .beanstalk:
            return selectedEnvironment.map(DeployTarget.environment)
        default:
            let all =
                snapshot.ecsServices.map(DeployTarget.service)
                + snapshot.beanstalk.map(DeployTarget.environment)
            return all.count == 1 ? all[0] : nil
        }
    }

    /// Whether the scenario has anything to deploy to (the `D` hint and help line show only then).
    public var hasDeployTargets: Bool { !snapshot.ecsServices.isEmpty || !snapshot.beanstalk.isEmpty }
}

extension DashboardModel {
    /// Whether a key's action has anything to act on in this scenario (the help overlay lists
    /// only those): deploying needs an ECS service or a Beanstalk environment.
    public func offers(_ action: Action) -> Bool {
        action != .deployMenu || hasDeployTargets
    }
}
