// swift-tools-version: 6.0
import PackageDescription

/// cloudtop: a terminal dashboard over a simulated AWS-style cloud.
/// Dependencies point one way: CloudSim <- Scenarios <- Dashboard <- CursesBackend <- cloudtop.
let package = Package(
    name: "cloudtop",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cloudtop", targets: ["cloudtop"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "CloudSim"),
        .target(
            name: "Scenarios",
            dependencies: ["CloudSim", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Dashboard",
            dependencies: ["CloudSim", "Scenarios", .product(name: "Yams", package: "Yams")]
        ),
        // No pkgConfig: ncursesw.pc passes -D_DEFAULT_SOURCE/-D_XOPEN_SOURCE, which SwiftPM
        // rejects with a warning; the modulemap links ncursesw and shim.h names the header path.
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CursesBackend", dependencies: ["Dashboard", "CNCurses"]),
        .executableTarget(
            name: "cloudtop",
            dependencies: [
                "CloudSim", "Scenarios", "Dashboard", "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CloudSimTests", dependencies: ["CloudSim"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "CloudSim"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "CloudSim", "Scenarios"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["CloudSim", "Scenarios"]),
    ],
    swiftLanguageModes: [.v6]
)
