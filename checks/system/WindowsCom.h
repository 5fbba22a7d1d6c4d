// SPDX-License-Identifier: MIT
#pragma once

// RAII owners for what COM hands out (interface pointers, BSTRs, VARIANTs) and for COM itself on
// one thread, shared by the COM probes: Windows Update's history (WindowsUpdateHistory.cpp) and
// Task Scheduler (WindowsScheduledTasks.cpp). Internal to mars_system (Windows only).
#include "WindowsHelpers.h"

#include <QString>

#include <windows.h>
#include <oleauto.h>

namespace mars::win {

// One COM interface pointer, released once.
template<typename Interface>
class ComPtr
{
public:
    ComPtr() = default;
    ~ComPtr() { reset(); }
    ComPtr(const ComPtr&) = delete;
    ComPtr& operator=(const ComPtr&) = delete;

    Interface* operator->() const { return m_pointer; }
    Interface* get() const { return m_pointer; }
    explicit operator bool() const { return m_pointer != nullptr; }
    Interface** out()
    {
        reset();
        return &m_pointer;
    }
    void** outVoid() { return reinterpret_cast<void**>(out()); }
    void reset()
    {
        if (m_pointer)
            m_pointer->Release();
        m_pointer = nullptr;
    }

private:
    Interface* m_pointer = nullptr;
};

// A BSTR: one a COM call returned (out()) or one made from a QString to pass in; freed once.
class Bstr
{
public:
    Bstr() = default;
    explicit Bstr(const QString& text)
        : m_text(::SysAllocStringLen(reinterpret_cast<const OLECHAR*>(text.utf16()), UINT(text.size())))
    {
    }
    ~Bstr() { ::SysFreeString(m_text); }
    Bstr(const Bstr&) = delete;
    Bstr& operator=(const Bstr&) = delete;
    BSTR get() const { return m_text; }
    BSTR* out()
    {
        ::SysFreeString(m_text);
        m_text = nullptr;
        return &m_text;
    }
    QString text() const { return m_text ? fromWide(m_text, qsizetype(::SysStringLen(m_text))) : QString(); }

private:
    BSTR m_text = nullptr;
};

// A VARIANT, cleared once (VariantClear frees what it holds).
class Variant
{
public:
    Variant() { ::VariantInit(&m_value); }
    explicit Variant(LONG number)
        : Variant()
    {
        m_value.vt = VT_I4;
        m_value.lVal = number;
    }
    ~Variant() { ::VariantClear(&m_value); }
    Variant(const Variant&) = delete;
    Variant& operator=(const Variant&) = delete;
    // For calls that take a VARIANT by value: a shallow copy the callee does not free.
    const VARIANT& get() const { return m_value; }

private:
    VARIANT m_value;
};

// COM on the calling thread for this object's lifetime (multithreaded apartment). A thread that
// already is in another apartment keeps it (RPC_E_CHANGED_MODE: COM is usable there as it is, and
// is not uninitialised here). Declare it before every ComPtr of the same scope, so the pointers
// are released before COM ends.
class ComApartment
{
public:
    ComApartment()
        : m_result(::CoInitializeEx(nullptr, COINIT_MULTITHREADED | COINIT_DISABLE_OLE1DDE))
    {
    }
    ~ComApartment()
    {
        if (SUCCEEDED(m_result))
            ::CoUninitialize();
    }
    ComApartment(const ComApartment&) = delete;
    ComApartment& operator=(const ComApartment&) = delete;

    bool usable() const { return SUCCEEDED(m_result) || m_result == RPC_E_CHANGED_MODE; }
    HRESULT result() const { return m_result; }

private:
    HRESULT m_result;
};

} // namespace mars::win
