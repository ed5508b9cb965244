const ImportantDates = () => {
    return <div className="text-justify">
        
        <ul className="list-disc list-inside space-y-2 mt-2 ml-4">
            <li>Paper submission deadline: <span className="font-bold"> <span className="line-through">Jun. 13, 2025</span> Jul. 11, 2025 (Extended) </span></li>
            <li>Acceptance notification: <span className="font-bold"> <span className="line-through">Aug. 01, 2025 </span></span></li>
            <li>Camera-ready deadline: <span className="font-bold"> Aug. 11, 2025 </span></li>
            <li>Workshop date: <span className="font-bold"> Otc. 27-28, 2025 </span></li>
        </ul>
    </div>
}
export default ImportantDates;
