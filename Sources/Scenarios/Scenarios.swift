import CloudSim
