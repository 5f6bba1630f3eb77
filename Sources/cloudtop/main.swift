import CloudSim
print("cloudtop")
