# AttributeError suggests a close attribute of the object.
class Account:
    def __init__(self):
        self.balance = 100
        self.owner = "ana"

    def deposit(self, amount):
        self.balance += amount

acct = Account()
acct.deposit(5)
print(acct.balance)
print(acct.balanse)
