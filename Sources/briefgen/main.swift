print("briefgen")
