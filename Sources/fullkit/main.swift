import FullKit
print("fullkit")
